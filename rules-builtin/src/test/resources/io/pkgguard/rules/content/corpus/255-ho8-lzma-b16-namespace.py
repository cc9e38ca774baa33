# pkgguard corpus 255 (encoding-layers), modelled on [obfuscation]; inert, never run.
import base64
import lzma

BLOB = "fd377a585a000004e6d6b4460200210116000000742fe5a3"
src = lzma.decompress(base64.b16decode(BLOB.upper()))
ns = {"__name__": "__plugin__"}
exec(src, ns)
