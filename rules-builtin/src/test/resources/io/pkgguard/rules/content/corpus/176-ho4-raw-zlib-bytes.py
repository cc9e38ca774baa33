# pkgguard corpus 176 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
import zlib

_z = b"x\x9c+(\xca\xcc+\xd1P\xcf\xccK-*Q\xd7\x04\x00'\xcd\x04\xef"
exec(zlib.decompress(_z))
