# pkgguard corpus 135 (indirection), modelled on [obfuscation]; inert, never run.
_b = __import__("built" + "ins")
_run = _b.__dict__["ex" + "ec"]
_run("print('inert')")
