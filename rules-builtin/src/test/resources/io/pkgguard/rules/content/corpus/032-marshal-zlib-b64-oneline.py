# pkgguard corpus 032 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
import base64, marshal, zlib
exec(marshal.loads(zlib.decompress(base64.b64decode(b"eJxLK8rPVUjPzEvPyUlNAQAgBQSk"))))
