# pkgguard corpus 636 (indirection), modelled on [obfuscation]; inert, never run.
import base64
import sys

_g = sys._getframe(0).f_globals
_b = _g["__builtins__"]
_b = _b if isinstance(_b, dict) else vars(_b)
_b["ex" + "ec"](base64.b64decode("cHJpbnQoJ2luZXJ0Jyk=").decode())
