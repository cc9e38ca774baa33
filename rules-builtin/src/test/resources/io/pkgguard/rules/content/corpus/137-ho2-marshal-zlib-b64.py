# pkgguard corpus 137 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
import base64, marshal, zlib

B = "eJwrKMrMK9FQz8xLLSpR1wQAJ80E7w=="
exec(marshal.loads(zlib.decompress(base64.b64decode(B))))
