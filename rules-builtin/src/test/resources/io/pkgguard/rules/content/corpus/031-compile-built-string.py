# pkgguard corpus 031 (indirection), modelled on [obfuscation]; inert, never run.
parts = ["imp", "ort o", "s;o", "s.sys", "tem('id')"]
exec(compile("".join(parts), "<string>", "exec"))
