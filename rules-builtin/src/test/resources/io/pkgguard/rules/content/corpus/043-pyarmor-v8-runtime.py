# pkgguard corpus 043 (packer), modelled on [pyarmor]; inert, never run.
# Pyarmor 8.5.0 (trial), 000000, 2024-03-01T00:00:00.000000
from .pyarmor_runtime_000000 import __pyarmor__
__pyarmor__(__name__, __file__, b"PY000000\x00\x03\x0b\x00\xa7\x0d\x0d\x0a\x80\x00\x01\x00\x08\x00\x00\x00\x04\x00\x00\x00")
