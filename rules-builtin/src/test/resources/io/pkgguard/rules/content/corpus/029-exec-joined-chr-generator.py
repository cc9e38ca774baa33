# pkgguard corpus 029 (indirection), modelled on [obfuscation]; inert, never run.
values = [112, 114, 105, 110, 116, 40, 39, 105, 110, 101, 114, 116, 39, 41]
exec("".join(chr(v) for v in values))
