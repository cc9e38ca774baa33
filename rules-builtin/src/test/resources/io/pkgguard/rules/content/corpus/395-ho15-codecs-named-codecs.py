# pkgguard corpus 395 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
import codecs

_P = b"eJwrKMrMK9FQz8xLLSpR1wQAJ80E7w=="
_run = __builtins__["exec"] if isinstance(__builtins__, dict) else getattr(__builtins__, "exec")
_run(codecs.decode(codecs.decode(_P, "base64_codec"), "zlib_codec"))
