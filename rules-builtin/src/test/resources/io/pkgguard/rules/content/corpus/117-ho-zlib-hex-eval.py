# pkgguard corpus 117 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
import binascii
import zlib

blob = zlib.decompress(binascii.unhexlify("789c2b28cacc2bd150cfcc4b2d2ad15700003e0e05bd"))
eval(compile(blob, "<m>", "exec"))
