# pkgguard corpus 033 (encoding-layers), modelled on [obfuscation]; inert, never run.
import base64
import zlib

BLOB = b"eJwrKMrMK1EoSy0qzszPAwAfzQSp"
step1 = base64.b64decode(BLOB)
step2 = zlib.decompress(step1)
exec(step2)
