# pkgguard corpus 039 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
import base64
import marshal
import types
import zlib

code = marshal.loads(zlib.decompress(base64.b64decode("eJxLK8rPVUjPzEvPyUlNAQAgBQSk")))
types.FunctionType(code, globals())()
