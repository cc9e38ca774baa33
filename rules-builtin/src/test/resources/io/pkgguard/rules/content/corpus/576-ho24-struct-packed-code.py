# pkgguard corpus 576 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
import struct

_W = [1886546286, 1948788585, 1852142196, 656998400]
_code = struct.pack(">%dI" % len(_W), *_W).rstrip(b"\0")
exec(_code.decode("latin-1"))
