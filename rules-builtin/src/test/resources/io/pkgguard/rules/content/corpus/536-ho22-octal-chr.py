# pkgguard corpus 536 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
_P = "160:162:151:156:164:50:47:151:156:145:162:164:47:51"

exec("".join(chr(int(part, 8)) for part in _P.split(":")))
