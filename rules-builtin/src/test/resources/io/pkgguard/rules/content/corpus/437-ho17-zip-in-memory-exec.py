# pkgguard corpus 437 (encoding-layers), modelled on [obfuscation]; inert, never run.
import base64
import io
import zipfile

_BLOB = (
    "UEsDBBQAAAAAAFs2hl0J/KDUDwAAAA8AAAAEAAAAbS5weXByaW50KCdpbmVydCcpClBLAQIUAxQA"
    "AAAAAFs2hl0J/KDUDwAAAA8AAAAEAAAAAAAAAAAAAACAAQAAAABtLnB5UEsFBgAAAAABAAEAMgAA"
    "ADEAAAAAAA=="
)
with zipfile.ZipFile(io.BytesIO(base64.b64decode(_BLOB))) as _z:
    exec(_z.read("m.py"))
