# pkgguard corpus 232 (capability-mismatch), modelled on [checkmarx-2024]; inert, never run.
import json
import platform
import re
import urllib.request

try:
    urllib.request.urlopen(
        urllib.request.Request(
            "https://stats.example/v1/install",
            data=json.dumps({"node": platform.node(), "py": platform.python_version()}).encode(),
            headers={"Content-Type": "application/json"},
        ),
        timeout=2,
    )
except Exception:
    pass


def slugify(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
