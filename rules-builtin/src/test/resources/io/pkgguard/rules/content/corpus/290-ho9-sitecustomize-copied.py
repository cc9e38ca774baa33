# pkgguard corpus 290 (startup-hook), modelled on [startup-hooks]; inert, never run.
import os
import shutil
import sysconfig

here = os.path.dirname(__file__)
purelib = sysconfig.get_paths()["purelib"]
shutil.copyfile(os.path.join(here, "_boot.py"), os.path.join(purelib, "sitecustomize.py"))
