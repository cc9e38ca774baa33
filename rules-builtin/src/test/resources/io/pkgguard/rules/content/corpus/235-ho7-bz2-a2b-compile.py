# pkgguard corpus 235 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
import binascii
import bz2

_BLOB = b"QlpoOTFBWSZTWWpUUx4AAAEBgAIAAgAgADDMDCmmqoj8XckU4UJBqVFMeA=="
_data = bz2.decompress(binascii.a2b_base64(_BLOB))
_code = compile(_data, "<cache>", "exec")
exec(_code, {"__name__": "__cache__"})
