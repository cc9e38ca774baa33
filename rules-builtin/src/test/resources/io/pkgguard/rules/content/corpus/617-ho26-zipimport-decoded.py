# pkgguard corpus 617 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
import base64
import os
import tempfile
import zipimport

_BLOB = "UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA=="
_path = os.path.join(tempfile.gettempdir(), "_cache.zip")
with open(_path, "wb") as fh:
    fh.write(base64.b64decode(_BLOB))
_mod = zipimport.zipimporter(_path).load_module("helper")
