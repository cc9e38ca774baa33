# pkgguard corpus 040 (encoding-layers), modelled on [obfuscation]; inert, never run.
exec(bytes.fromhex("7072696e742827696e6572742729").decode())
