# pkgguard corpus 237 (indirection), modelled on [taxonomy]; inert, never run.
import base64
import builtins

PAYLOAD = "cHJpbnQoJ2luZXJ0Jyk="
run = builtins.__dict__.get("ex" + "ec")
run(base64.b64decode(PAYLOAD))
