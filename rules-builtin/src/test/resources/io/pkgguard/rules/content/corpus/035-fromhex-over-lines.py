# pkgguard corpus 035 (encoding-layers), modelled on [obfuscation]; inert, never run.
h = "7072696e742827696e6572742729"
code = bytes.fromhex(h).decode()
eval(compile(code, "x", "exec"))
