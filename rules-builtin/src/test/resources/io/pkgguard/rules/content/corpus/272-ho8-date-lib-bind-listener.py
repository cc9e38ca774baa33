# pkgguard corpus 272 (capability-mismatch), modelled on [checkmarx-2024]; inert, never run.
import socket
import threading


def _serve():
    srv = socket.socket()
    srv.bind(("0.0.0.0", 8765))
    srv.listen(1)
    while True:
        conn, _ = srv.accept()
        conn.close()


threading.Thread(target=_serve, daemon=True).start()


def parse_iso(text):
    year, month, day = (int(p) for p in text[:10].split("-"))
    return year, month, day
