# pkgguard corpus 416 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
_N = 2280694515592019842507430725691177
_L = (2280694515592019842507430725691177).bit_length() // 8 + 1

exec(_N.to_bytes(_L, "big").lstrip(b"\x00").decode())
