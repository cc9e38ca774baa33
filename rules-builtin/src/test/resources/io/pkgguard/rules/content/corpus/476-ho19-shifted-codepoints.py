# pkgguard corpus 476 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
_DATA = [119, 121, 112, 117, 122, 39, 46, 112, 117, 108, 121, 122, 46]


def _unpack(values, shift=7):
    return "".join(map(chr, (v - shift for v in values)))


exec(_unpack(_DATA))
