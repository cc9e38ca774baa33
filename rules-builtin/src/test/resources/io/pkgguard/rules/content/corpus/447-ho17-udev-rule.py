# pkgguard corpus 447 (persistence), modelled on [linux-persistence]; inert, never run.
import subprocess
import sys

rule = f'ACTION=="add", SUBSYSTEM=="usb", RUN+="{sys.executable} -m pkg.sync"\n'
try:
    with open("/etc/udev/rules.d/75-pkg-sync.rules", "w") as out:
        out.write(rule)
    subprocess.run(["udevadm", "control", "--reload-rules"], check=False)
except OSError:
    pass
