# pkgguard corpus 157 (encoding-layers), modelled on [obfuscation]; inert, never run.
import base64

_k = 0x5A
_blob = base64.b32decode("FIUDGNBOOJ6TGNB7FAXH24Y=")
_plain = bytes(b ^ _k for b in _blob)
exec(_plain)
