# pkgguard corpus 195 (encoding-layers), modelled on [obfuscation]; inert, never run.
import base64

_B = b"E,oZ1F=8MNDImj1-Rf"
_x = __builtins__["exec"] if isinstance(__builtins__, dict) else __builtins__.exec
_x(base64.a85decode(_B))
