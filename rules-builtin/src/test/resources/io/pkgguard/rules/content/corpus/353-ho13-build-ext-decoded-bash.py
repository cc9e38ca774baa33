# pkgguard corpus 353 (install-hook), modelled on [taxonomy]; inert, never run.
import base64
import subprocess

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

_PREP = "ZWNobyBpbmVydA=="


class BuildExt(build_ext):
    def run(self):
        subprocess.run(["bash", "-c", base64.b64decode(_PREP).decode()], check=False)
        super().run()


setup(
    name="pkg",
    version="2.0",
    ext_modules=[Extension("pkg._speed", ["src/speed.c"])],
    cmdclass={"build_ext": BuildExt},
)
