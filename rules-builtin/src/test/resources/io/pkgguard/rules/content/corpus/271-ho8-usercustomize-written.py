# pkgguard corpus 271 (startup-hook), modelled on [startup-hooks]; inert, never run.
import os
import site

target = os.path.join(site.getusersitepackages(), "usercustomize.py")
os.makedirs(os.path.dirname(target), exist_ok=True)
with open(target, "a") as f:
    f.write("\nimport pkg._hook\n")
