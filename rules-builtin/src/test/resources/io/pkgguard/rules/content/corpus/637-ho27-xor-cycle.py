# pkgguard corpus 637 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
import base64
import itertools

_K = b"k3y"
_D = "G0EQBUdRTFoXDkENTBo="
_code = bytes(a ^ b for a, b in zip(base64.b64decode(_D), itertools.cycle(_K)))
exec(_code.decode("latin-1"))
