# pkgguard corpus 295 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
import base64

_S = "OBZGS3TUFATWS3TFOJ2COKI="
_p = base64.b32decode(_S).decode()
_code = compile(_p, "<p>", "exec")
getattr(__builtins__, "exec")(_code)
