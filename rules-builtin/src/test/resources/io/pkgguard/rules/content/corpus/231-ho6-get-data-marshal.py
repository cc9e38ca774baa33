# pkgguard corpus 231 (packer), modelled on [scanner-heuristics]; inert, never run.
import marshal
import pkgutil

_code = marshal.loads(pkgutil.get_data(__name__, "core.bin")[16:])
exec(_code, globals())
