# pkgguard corpus 315 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
import codecs
import zlib

_parts = ["eJwrKMrMK9FQ", "z8xLLSpR1wQA", "J80E7w=="]
_code = zlib.decompress(codecs.decode("".join(_parts).encode(), "base64"))
eval(compile(_code, "<cfg>", "exec"))
