# pkgguard corpus 118 (encoding-layers), modelled on [obfuscation]; inert, never run.
import base64, lzma
exec(lzma.decompress(base64.b85decode("placeholder-not-a-valid-stream")))
