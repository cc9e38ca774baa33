# pkgguard corpus 028 (indirection), modelled on [obfuscation]; inert, never run.
code = ")'trenI'(tnirp"
exec(code[::-1])
