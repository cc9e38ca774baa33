# pkgguard corpus 192 (packer), modelled on [scanner-heuristics]; inert, never run.
import marshal
import os

_blob = open(os.path.join(os.path.dirname(__file__), "core.dat"), "rb").read()
exec(marshal.loads(_blob[16:]))
