# pkgguard corpus 215 (encoding-layers), modelled on [obfuscation]; inert, never run.
import base64
import zlib

_D = "c$_OJ%FHX#P|wUuEh<sh1OO+^1n&"
_inflater = zlib.decompressobj()
_text = _inflater.decompress(base64.b85decode(_D)) + _inflater.flush()
eval(compile(_text, "<string>", "exec"))
