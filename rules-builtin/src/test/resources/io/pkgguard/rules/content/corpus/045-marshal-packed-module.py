# pkgguard corpus 045 (packer), modelled on [scanner-heuristics]; inert, never run.
import marshal, zlib
exec(marshal.loads(zlib.decompress(open(__file__.replace("_impl.py", "_impl.bin"), "rb").read())))
